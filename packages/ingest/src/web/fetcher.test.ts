import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { HTML, startServer, type TestServer } from "../../test/web/server.ts";
import type { ReadError } from "../read/errors.ts";
import { Fetcher, type FetcherOptions } from "./fetcher.ts";

let server: TestServer;
const open = (options: Partial<FetcherOptions> = {}) =>
  new Fetcher({ allowPrivate: true, hostIntervalMs: 0, timeoutMs: 2000, ...options });

beforeAll(async () => {
  server = await startServer({
    "/robots.txt": {
      headers: { "content-type": "text/plain" },
      body: "User-agent: deconflict\nDisallow: /no-bots/\n\nUser-agent: *\nDisallow:\n",
    },
    "/page": { headers: HTML, body: "<p>hello</p>", etag: '"v1"' },
    "/dated": { headers: { ...HTML, "last-modified": "Mon, 05 Jun 2023 10:00:00 GMT" }, body: "<p>dated</p>" },
    "/gz": { headers: { ...HTML, "content-encoding": "gzip" }, body: gzipSync("<p>zipped</p>") },
    "/bomb": { headers: { ...HTML, "content-encoding": "gzip" }, body: gzipSync("x".repeat(5_000_000)) },
    "/no-bots/x": { headers: HTML, body: "<p>hidden</p>" },
    ...Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`/hop/${i}`, { status: 302, headers: { location: `/hop/${i + 1}` } }]),
    ),
    "/hop/7": { headers: HTML, body: "<p>arrived</p>" },
    "/to-ftp": { status: 302, headers: { location: "ftp://127.0.0.1/file" } },
    ...Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`/slow/${i}`, { headers: HTML, body: "<p>s</p>", delayMs: 150 }]),
    ),
  });
});
afterAll(() => server.close());

const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => "no error",
    (e: ReadError) => e.message,
  );

describe("Fetcher", () => {
  describe("conditional requests", () => {
    test("send If-None-Match and read a 304 as not modified", async () => {
      const f = open();
      const first = await f.get(server.url("/page"));
      expect(first).toMatchObject({ kind: "ok", validators: { etag: '"v1"', lastModified: null } });
      expect(await f.get(server.url("/page"), { etag: '"v1"', lastModified: null })).toEqual({ kind: "not-modified" });
      expect(server.requests.at(-1)?.headers["if-none-match"]).toBe('"v1"');
    });
    test("send If-Modified-Since from a Last-Modified", async () => {
      const got = await open().get(server.url("/dated"), { etag: null, lastModified: "Mon, 05 Jun 2023 10:00:00 GMT" });
      expect(got.kind).toBe("ok");
      expect(server.requests.at(-1)?.headers["if-modified-since"]).toBe("Mon, 05 Jun 2023 10:00:00 GMT");
    });
  });

  describe("bodies", () => {
    test("are decompressed", async () => {
      const got = await open().get(server.url("/gz"));
      expect(got.kind === "ok" && got.body.toString()).toBe("<p>zipped</p>");
    });
    test("are cut off past the limit after decompression (a gzip bomb)", async () => {
      expect(await reasonOf(open({ maxBytes: 100_000 }).get(server.url("/bomb")))).toMatch(/over the 97.7 KB limit/);
    });
  });

  describe("redirects", () => {
    test("are followed up to the limit", async () => {
      expect((await open({ maxRedirects: 7 }).get(server.url("/hop/0"))).kind).toBe("ok");
      expect(await reasonOf(open({ maxRedirects: 5 }).get(server.url("/hop/0")))).toMatch(/^more than 5 redirects/);
    });
    test("never lead off http and https", async () => {
      expect(await reasonOf(open().get(server.url("/to-ftp")))).toMatch(
        /only http and https URLs are fetched, not ftp:/,
      );
    });
  });

  describe("politeness", () => {
    test("obeys the robots.txt group for its own agent", async () => {
      expect(await reasonOf(open().get(server.url("/no-bots/x")))).toBe("refused by the site's robots.txt");
      expect(server.requests.some((r) => r.path === "/no-bots/x")).toBe(false);
    });
    test("spaces requests to one host by the host delay", async () => {
      const f = open({ hostIntervalMs: 300 });
      const start = server.requests.length;
      await Promise.all([0, 1, 2].map(() => f.get(server.url("/page"))));
      const times = server.requests
        .slice(start)
        .filter((r) => r.path === "/page")
        .map((r) => r.at);
      expect(times).toHaveLength(3);
      for (let i = 1; i < times.length; i++)
        expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(200);
    });
    test("keeps at most --concurrency requests in flight", async () => {
      const f = open({ concurrency: 2 });
      await f.get(server.url("/page")); // robots.txt first, so only the slow pages overlap below
      const before = server.peakInFlight();
      await Promise.all(Array.from({ length: 6 }, (_, i) => f.get(server.url(`/slow/${i}`))));
      expect(Math.max(before, server.peakInFlight())).toBeLessThanOrEqual(2);
    });
  });

  describe("addresses", () => {
    test("refuses loopback, private and link-local addresses unless allowed", async () => {
      const f = new Fetcher({ hostIntervalMs: 0 });
      expect(await reasonOf(f.get(server.url("/page")))).toMatch(/127\.0\.0\.1 is a loopback address/);
      expect(await reasonOf(f.get("http://[::1]/"))).toMatch(/::1 is a loopback address/);
      expect(await reasonOf(f.get("http://192.168.1.10/"))).toMatch(/is a private address/);
      expect(await reasonOf(f.get("http://[fe80::1]/"))).toMatch(/is a link-local address/);
      expect(await reasonOf(f.get(server.url("/page").replace("127.0.0.1", "localhost")))).toMatch(
        /localhost resolves to (127\.0\.0\.1|::1), a loopback address/,
      );
    });
    test("refuses other schemes and non-URLs", async () => {
      expect(await reasonOf(open().get("file:///etc/passwd"))).toMatch(/not file:/);
      expect(await reasonOf(open().get("not a url"))).toBe("not a valid URL");
    });
  });
});
