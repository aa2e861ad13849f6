import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { ReadError } from "../read/errors.ts";
import { formatBytes } from "../read/read-article.ts";
import { guardedLookup, RefusedAddressError } from "./address.ts";

export interface HttpGetOptions {
  timeoutMs: number;
  maxBytes: number;
  allowPrivate: boolean;
  headers: Record<string, string>;
  /** Ctrl-C: drop the request at once rather than wait out its deadline. */
  signal?: AbortSignal | undefined;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  /** The decoded body; empty for redirects and 304, which are never read. */
  body: Buffer;
}

/**
 * One GET, no redirects followed. The deadline covers connecting and the whole body; the size limit counts bytes
 * after decompression, so a small gzip bomb is cut off too. Throws ReadError with a one-line reason.
 */
export function httpGet(url: URL, options: HttpGetOptions): Promise<HttpResponse> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | null, response?: HttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(response as HttpResponse);
    };
    const req = request(
      url,
      {
        method: "GET",
        headers: { "accept-encoding": "gzip, deflate, br", ...options.headers },
        lookup: guardedLookup(options.allowPrivate),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const head = { status, statusText: res.statusMessage ?? "", headers: res.headers, body: Buffer.alloc(0) };
        // Redirects and errors are answered from the status line alone; their bodies are never read.
        if (status >= 300) {
          res.resume();
          finish(null, head);
          return;
        }
        const declared = Number(res.headers["content-length"]);
        if (!res.headers["content-encoding"] && declared > options.maxBytes) {
          finish(tooLarge(options.maxBytes, declared));
          return;
        }
        readBody(res, options.maxBytes).then(
          (body) => finish(null, { ...head, body }),
          (e: Error) => finish(e),
        );
      },
    );
    const timer = setTimeout(
      () => finish(new ReadError("fetch-failed", `timed out after ${seconds(options.timeoutMs)}`)),
      options.timeoutMs,
    );
    req.on("error", (e) => finish(networkError(e)));
    const onAbort = () => finish(new ReadError("fetch-failed", "stopped (interrupted)"));
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    req.on("close", () => options.signal?.removeEventListener("abort", onAbort));
    req.end();
  });
}

function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const stream = decoded(res);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Reject first: destroying the socket fires "aborted", which must not become the reason.
        reject(tooLarge(maxBytes, null));
        stream.destroy();
        res.destroy();
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", (e: Error) =>
      reject(new ReadError("fetch-failed", `cannot decode the ${res.headers["content-encoding"]} body: ${e.message}`)),
    );
    res.on("aborted", () => reject(new ReadError("fetch-failed", "the server closed the connection mid-body")));
  });
}

function decoded(res: IncomingMessage): Readable {
  const encoding = res.headers["content-encoding"]?.trim().toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return res.pipe(createGunzip());
  if (encoding === "deflate") return res.pipe(createInflate());
  if (encoding === "br") return res.pipe(createBrotliDecompress());
  return res;
}

function tooLarge(maxBytes: number, size: number | null): ReadError {
  const what = size === null ? "the body is" : `the body is ${formatBytes(size)},`;
  return new ReadError("too-large", `${what} over the ${formatBytes(maxBytes)} limit (--max-bytes)`);
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset by the server",
  ENOTFOUND: "no such host (DNS lookup failed)",
  EAI_AGAIN: "DNS lookup timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ETIMEDOUT: "connection timed out",
  CERT_HAS_EXPIRED: "the TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the TLS certificate is self-signed",
  ERR_TLS_CERT_ALTNAME_INVALID: "the TLS certificate is for another host",
};

function networkError(e: Error): ReadError {
  if (e instanceof ReadError) return e;
  if (e instanceof RefusedAddressError) return new ReadError("refused", `refused: ${e.message}`);
  const code = (e as NodeJS.ErrnoException).code ?? "";
  return new ReadError("fetch-failed", NETWORK_WORDS[code] ?? (e.message || code || "network error"));
}

export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
