import type { IncomingHttpHeaders } from "node:http";
import { ReadError } from "../read/errors.ts";
import { ALLOW_HINT, addressRefusal, literalIp } from "./address.ts";
import { HostLimiter } from "./host-limiter.ts";
import { type HttpResponse, httpGet } from "./http-get.ts";
import { RobotsRules } from "./robots.ts";

export const USER_AGENT = "deconflict/0.1 (conflict-news ingest; obeys robots.txt)";
/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = "deconflict";

export interface FetcherOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Minimum time between two requests to one host. */
  hostIntervalMs: number;
  concurrency: number;
  allowPrivate: boolean;
}

export const DEFAULT_FETCHER: FetcherOptions = {
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  hostIntervalMs: 1000,
  concurrency: 4,
  allowPrivate: false,
};

/** What a conditional request sends back: the validators of the copy already stored. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type Fetched =
  | { kind: "not-modified" }
  | { kind: "ok"; url: string; body: Buffer; contentType: string | null; validators: Validators };

/** The polite, guarded HTTP client every web source goes through. */
export class Fetcher {
  readonly options: FetcherOptions;
  private readonly limiter: HostLimiter;
  private readonly robots: RobotsRules;

  /** `signal` (Ctrl-C) drops requests in flight and waits between them, so the process can end at once. */
  constructor(
    options: Partial<FetcherOptions> = {},
    private readonly signal?: AbortSignal,
  ) {
    this.options = { ...DEFAULT_FETCHER, ...options };
    this.limiter = new HostLimiter(this.options.hostIntervalMs, this.options.concurrency, signal);
    this.robots = new RobotsRules((url) => this.fetchRobots(url), this.limiter, ROBOTS_AGENT);
  }

  /**
   * GETs a URL: http(s) only, no private addresses unless allowed, robots.txt obeyed on every hop, redirects
   * followed up to the limit. Sends If-None-Match / If-Modified-Since when validators are given.
   */
  async get(raw: string, validators?: Validators | null): Promise<Fetched> {
    const seen: string[] = [];
    let url = checkedUrl(raw);
    for (;;) {
      seen.push(url.href);
      this.refuseAddress(url);
      const robots = await this.robots.refusal(url);
      if (robots) throw new ReadError("refused", robots);
      // Validators belong to the URL asked for; a redirect target is fetched whole.
      const conditional = seen.length === 1 ? validators : null;
      const response = await this.limiter.run(url.host, () => this.request(url, conditional));
      if (response.status === 304 && conditional) return { kind: "not-modified" };
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.location;
        if (!location) throw new ReadError("fetch-failed", `HTTP ${response.status} redirect without a Location`);
        const next = checkedUrl(new URL(location, url).href);
        if (seen.includes(next.href))
          throw new ReadError("fetch-failed", `redirect loop: ${[...seen, next.href].join(" → ")}`);
        if (seen.length > this.options.maxRedirects)
          throw new ReadError(
            "fetch-failed",
            `more than ${this.options.maxRedirects} redirects (ended at ${next.href})`,
          );
        url = next;
        continue;
      }
      if (response.status < 200 || response.status >= 300) throw httpError(response);
      return {
        kind: "ok",
        url: url.href,
        body: response.body,
        contentType: header(response.headers, "content-type"),
        validators: { etag: header(response.headers, "etag"), lastModified: header(response.headers, "last-modified") },
      };
    }
  }

  private request(url: URL, validators: Validators | null | undefined): Promise<HttpResponse> {
    const headers: Record<string, string> = {
      "user-agent": USER_AGENT,
      accept:
        "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
    };
    if (validators?.etag) headers["if-none-match"] = validators.etag;
    if (validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
    return httpGet(url, { ...this.options, headers, signal: this.signal });
  }

  /** robots.txt itself: fetched once per site through the same guards, without following robots rules. */
  private async fetchRobots(url: URL): Promise<HttpResponse> {
    this.refuseAddress(url);
    const headers = { "user-agent": USER_AGENT };
    return httpGet(url, { ...this.options, maxBytes: 512 * 1024, headers, signal: this.signal });
  }

  /** An IP written in the URL never goes through DNS, so it is judged here; names are judged at lookup. */
  private refuseAddress(url: URL): void {
    const ip = literalIp(url.hostname);
    const refusal = ip && !this.options.allowPrivate ? addressRefusal(ip) : null;
    if (refusal) throw new ReadError("refused", `refused: ${ip} is ${refusal} ${ALLOW_HINT}`);
  }
}

/** A URL the fetcher may request: absolute, http or https. */
export function checkedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ReadError("refused", "not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ReadError("refused", `refused: only http and https URLs are fetched, not ${url.protocol}`);
  url.hash = "";
  return url;
}

function httpError(response: HttpResponse): ReadError {
  const text = response.statusText ? ` ${response.statusText}` : "";
  return new ReadError("fetch-failed", `HTTP ${response.status}${text}`);
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || null;
}
