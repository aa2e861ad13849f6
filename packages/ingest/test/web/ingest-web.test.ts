import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { tokenF1 } from "../../src/eval/page-score.ts";
import { deconflict, linesNaming, query, type Run, tempFolder } from "../cli/support.ts";
import { sleep, startCli } from "../reliability/support/cli.ts";
import { fixturePage, pageRoute } from "./pages.ts";
import { HTML, startServer, type TestServer } from "./server.ts";
import { httpMessage, responseRecord, warcRecord, writeWarc } from "./warc-writer.ts";

// Pages with furniture of every kind; the server is real, on 127.0.0.1, and nothing reaches beyond it.
const LAYOUTS = ["cookie-banner", "share-bars", "most-read", "newsletter", "ad-slots-json-ld"] as const;
const FURNITURE = ["cookies", "Share this article", "Most read", "morning briefing", "Advertisement", "gtag", "Home"];
const FAST = ["--allow-private", "--host-delay", "0", "--timeout", "1s", "--max-bytes", "200K"];

let server: TestServer;
let folder: { dir: string; cleanup: () => void };
const db = (name: string) => join(folder.dir, `${name}.db`);
const url = (path: string) => server.url(path);

function rss(items: string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>World</title><link>${url("/")}</link>${items.join("")}</channel></rss>`;
}
const rssItem = (path: string, title: string, date: string) =>
  `<item><title>${title}</title><link>${url(path)}</link><guid isPermaLink="false">${path}</guid><pubDate>${date}</pubDate></item>`;

beforeAll(async () => {
  folder = tempFolder("web");
  server = await startServer({
    "/robots.txt": { headers: { "content-type": "text/plain" }, body: "User-agent: *\nDisallow: /private/\n" },
    ...Object.fromEntries(LAYOUTS.map((name) => [`/news/${name}`, pageRoute(name)])),
    "/news/bare": pageRoute("bare"),
    "/news/time-only": pageRoute("time-only"),
    "/private/memo": pageRoute("div-soup"),
    "/slow": { ...pageRoute("figure-caption"), delayMs: 3000 },
    "/stalled": { ...pageRoute("figure-caption"), delayMs: 60_000 },
    "/r/1": { status: 301, headers: { location: "/r/2" } },
    "/r/2": { status: 302, headers: { location: "/r/3" } },
    "/r/3": { status: 307, headers: { location: "/news/time-only" } },
    "/loop/a": { status: 302, headers: { location: "/loop/b" } },
    "/loop/b": { status: 302, headers: { location: "/loop/a" } },
    "/report.pdf": { headers: { "content-type": "application/pdf" }, body: "%PDF-1.7\n%âãÏÓ\n1 0 obj" },
    "/photo.png": { headers: { "content-type": "image/png" }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) },
    "/empty": {
      headers: HTML,
      body: "<html><head><title>Nothing</title></head><body><script>x()</script></body></html>",
    },
    "/huge": {
      headers: HTML,
      body: `<html><body><article>${"<p>Filler text. </p>".repeat(20_000)}</article></body></html>`,
    },
    "/feeds/not-xml": {
      headers: { "content-type": "application/rss+xml" },
      body: "<html><body>Sorry, the feed moved.</body></html>",
    },
  });
  const date = "Tue, 06 Jun 2023 08:00:00 GMT";
  server.routes.set("/feeds/world.rss", {
    headers: { "content-type": "application/rss+xml" },
    body: rss([
      rssItem("/news/cookie-banner", "Drone strike sets fuel depot ablaze", date),
      rssItem("/news/share-bars", "Aid convoy reaches besieged town", date),
      rssItem("/news/bare", "Villages flooded after dam breach", date),
      "<item><title>Live: follow the day</title><guid>live-1</guid></item>",
    ]),
  });
  server.routes.set("/feeds/world.atom", {
    headers: { "content-type": "application/atom+xml" },
    body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>World</title><id>urn:world</id><updated>2023-06-06T08:00:00Z</updated>
      <entry><title>Drone strike sets fuel depot ablaze</title><id>urn:1</id><link rel="alternate" href="${url("/news/cookie-banner")}"/><updated>2023-06-06T08:00:00Z</updated></entry>
      <entry><title>Aid convoy reaches besieged town</title><id>urn:2</id><link href="${url("/news/share-bars")}"/><updated>2023-06-06T08:00:00Z</updated></entry>
    </feed>`,
  });
});

afterAll(async () => {
  await server.close();
  folder.cleanup();
});

async function sources(dbPath: string) {
  return (await query(
    dbPath,
    "SELECT s.title, s.outlet, s.url, s.published_at AS publishedAt, s.text, o.path FROM sources s JOIN source_origins o ON o.source_id = s.id ORDER BY o.path",
  )) as { title: string; outlet: string | null; url: string; publishedAt: string | null; text: string; path: string }[];
}

function failureLine(run: Run, path: string): string {
  const lines = linesNaming(run.stderr, `${url(path)}:`);
  expect(lines, `one line for ${path} in:\n${run.stderr}`).toHaveLength(1);
  return lines[0] as string;
}

describe("deconflict ingest from the web", { timeout: 30_000 }, () => {
  describe("pages given as URLs", () => {
    let first: Run;
    const dbPath = () => db("pages");
    beforeAll(async () => {
      first = await deconflict([
        "ingest",
        ...LAYOUTS.map((n) => url(`/news/${n}`)),
        url("/r/1"),
        ...FAST,
        "--db",
        dbPath(),
      ]);
    }, 30_000);

    test("stores each page's text without its furniture, with title, outlet, date and URL", async () => {
      expect(first.stdout).toMatch(/^ingested 6, unchanged 0, replaced 0, duplicate 0, failed 0 \(6 articles/);
      expect(first.code).toBe(0);
      const stored = await sources(dbPath());
      for (const name of LAYOUTS) {
        const row = stored.find((s) => s.path === url(`/news/${name}`));
        const page = fixturePage(name);
        expect(row, name).toMatchObject({
          title: page.title,
          outlet: page.outlet,
          publishedAt: page.publishedAt,
          url: url(`/news/${name}`),
        });
        expect(tokenF1(row?.text ?? "", page.text), name).toBeGreaterThanOrEqual(99);
        for (const noise of FURNITURE) expect(row?.text, `${name}: ${noise}`).not.toContain(noise);
      }
    });

    test("follows a redirect chain and keeps the URL that was asked for", async () => {
      const row = (await sources(dbPath())).find((s) => s.path === url("/r/1"));
      expect(row).toMatchObject({ title: fixturePage("time-only").title, url: url("/r/1") });
    });

    test("names itself in the User-Agent and reads robots.txt once", () => {
      const pageRequests = server.requests.filter((r) => r.path.startsWith("/news/"));
      expect(pageRequests.every((r) => /^deconflict\//.test(String(r.headers["user-agent"])))).toBe(true);
      expect(server.requests.filter((r) => r.path === "/robots.txt").length).toBeGreaterThanOrEqual(1);
    });

    test("a second run is unchanged, through conditional requests", async () => {
      const before = server.requests.length;
      const again = await deconflict(["ingest", ...LAYOUTS.map((n) => url(`/news/${n}`)), ...FAST, "--db", dbPath()]);
      expect(again.stdout).toMatch(/^ingested 0, unchanged 5, replaced 0, duplicate 0, failed 0/);
      expect(again.code).toBe(0);
      const conditional = server.requests.slice(before).filter((r) => r.path.startsWith("/news/"));
      expect(conditional.map((r) => r.headers["if-none-match"]).sort()).toEqual(LAYOUTS.map((n) => `"${n}-v1"`).sort());
    });
  });

  describe("bad sources", () => {
    let run: Run;
    const bad = ["/missing", "/slow", "/loop/a", "/report.pdf", "/photo.png", "/empty", "/huge", "/private/memo"];
    beforeAll(async () => {
      run = await deconflict([
        "ingest",
        ...bad.map(url),
        url("/news/most-read"),
        "ftp://127.0.0.1/x",
        ...FAST,
        "--db",
        db("bad"),
      ]);
    }, 30_000);

    test("get one clear line each, and never stop the good page", async () => {
      expect(failureLine(run, "/missing")).toMatch(/: HTTP 404 Not Found$/);
      expect(failureLine(run, "/slow")).toMatch(/: timed out after 1 s$/);
      expect(failureLine(run, "/loop/a")).toMatch(/: redirect loop: .*\/loop\/a → .*\/loop\/b → .*\/loop\/a$/);
      expect(failureLine(run, "/report.pdf")).toMatch(/: not a web page: application\/pdf$/);
      expect(failureLine(run, "/photo.png")).toMatch(/: not a web page: image\/png$/);
      expect(failureLine(run, "/empty")).toMatch(/: no article text found in the page$/);
      expect(failureLine(run, "/huge")).toMatch(/: the body is (.* )?over the 200.0 KB limit \(--max-bytes\)$/);
      expect(failureLine(run, "/private/memo")).toMatch(/: refused by the site's robots.txt$/);
      expect(linesNaming(run.stderr, "ftp://127.0.0.1/x: refused: only http and https")).toHaveLength(1);
      expect(run.stdout).toMatch(/^ingested 1, unchanged 0, replaced 0, duplicate 0, failed 9/);
      expect(run.code).toBe(1);
      expect((await sources(db("bad"))).map((s) => s.path)).toEqual([url("/news/most-read")]);
    });

    test("the robots.txt-disallowed page is never requested", () => {
      expect(server.requests.some((r) => r.path === "/private/memo")).toBe(false);
    });
  });

  describe("Ctrl-C", () => {
    test("drops a page still downloading and exits at once, with what was stored", async () => {
      const run = startCli([
        "ingest",
        url("/news/newsletter"),
        url("/stalled"),
        "--allow-private",
        "--host-delay",
        "0",
        "--timeout",
        "60s",
        "--concurrency",
        "1",
        "--db",
        db("sigint"),
      ]);
      const until = Date.now() + 20_000;
      while (!server.requests.some((r) => r.path === "/stalled") && Date.now() < until) await sleep(50);
      const sentAt = Date.now();
      run.child.kill("SIGINT");
      const done = await run.done;
      expect(Date.now() - sentAt, "does not wait out the 60 s timeout").toBeLessThan(10_000);
      expect(done.code).toBe(130);
      expect(done.stderr).toMatch(/interrupted/);
      expect(done.stdout).toMatch(/^ingested 1,/);
    });
  });

  describe("private addresses", () => {
    test("are refused without --allow-private, by IP and after DNS, before any request", async () => {
      const before = server.requests.length;
      const localhost = url("/news/most-read").replace("127.0.0.1", "localhost");
      const run = await deconflict(["ingest", url("/news/most-read"), localhost, "--db", db("private")]);
      expect(failureLine(run, "/news/most-read")).toMatch(
        /: refused: 127\.0\.0\.1 is a loopback address \(pass --allow-private to fetch it\)$/,
      );
      expect(linesNaming(run.stderr, `${localhost}: refused: localhost resolves to`)).toHaveLength(1);
      expect(linesNaming(run.stderr, "a loopback address (pass --allow-private")).toHaveLength(2);
      expect(run.code).toBe(1);
      expect(server.requests.length).toBe(before);
      expect(await sources(db("private"))).toEqual([]);
    });
  });

  describe("feeds", () => {
    const args = () => ["ingest", "--feed", url("/feeds/world.rss"), "--feed", url("/feeds/world.atom"), ...FAST];

    test("RSS and Atom listing the same stories store each story once; an item without a link is reported", async () => {
      const run = await deconflict([...args(), "--db", db("feeds")]);
      expect(run.stdout).toMatch(/^ingested 3, unchanged 0, replaced 0, duplicate 0, failed 1 \(3 articles/);
      expect(
        linesNaming(run.stderr, `${url("/feeds/world.rss")}: item 4 ("Live: follow the day") has no link`),
      ).toHaveLength(1);
      expect(run.code).toBe(1);
      const stored = await sources(db("feeds"));
      expect(stored.map((s) => s.path)).toEqual(["/news/bare", "/news/cookie-banner", "/news/share-bars"].map(url));
    });

    test("use the item's link as the URL and the feed's date when the page has none", async () => {
      const bare = (await sources(db("feeds"))).find((s) => s.path === url("/news/bare"));
      expect(bare).toMatchObject({
        url: url("/news/bare"),
        publishedAt: "2023-06-06",
        title: fixturePage("bare").title,
      });
      const dated = (await sources(db("feeds"))).find((s) => s.path === url("/news/cookie-banner"));
      expect(dated?.publishedAt).toBe(fixturePage("cookie-banner").publishedAt);
    });

    test("a second run is unchanged", async () => {
      const run = await deconflict([...args(), "--db", db("feeds")]);
      expect(run.stdout).toMatch(/^ingested 0, unchanged 3, replaced 0, duplicate 0, failed 1/);
    });

    test("a feed that is not XML gets one line; a saved feed file is read too", async () => {
      const saved = join(folder.dir, "saved.rss");
      writeFileSync(saved, rss([rssItem("/news/newsletter", "Satellite images", "Fri, 09 Feb 2024 10:00:00 GMT")]));
      const run = await deconflict([
        "ingest",
        "--feed",
        url("/feeds/not-xml"),
        "--feed",
        saved,
        ...FAST,
        "--db",
        db("feed-file"),
      ]);
      expect(failureLine(run, "/feeds/not-xml")).toMatch(/: not a feed: the document is not RSS or Atom XML$/);
      expect(run.stdout).toMatch(/^ingested 1, .* failed 1/);
      expect(run.code).toBe(1);
    });
  });

  describe("URL lists", () => {
    test("read one URL a line with comments, and say which line is bad", async () => {
      const list = join(folder.dir, "links.txt");
      writeFileSync(
        list,
        `# collected links\n${url("/news/newsletter")}\n\n${url("/news/share-bars")}  # convoy\nmailto:desk@example.org\n`,
      );
      const run = await deconflict(["ingest", "--urls", list, ...FAST, "--db", db("list")]);
      expect(run.stdout).toMatch(/^ingested 2, .* failed 1/);
      expect(linesNaming(run.stderr, "mailto:desk@example.org: refused: only http and https")).toHaveLength(1);
      expect((await sources(db("list"))).map((s) => s.path)).toEqual(["/news/newsletter", "/news/share-bars"].map(url));
    });
  });

  describe("web archives", () => {
    const warc = () => join(folder.dir, "crawl.warc.gz");
    beforeAll(() => {
      const page = fixturePage("paywall-social");
      const other = fixturePage("author-bio-comments");
      const chunked = (body: string) => `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`;
      writeWarc(
        warc(),
        [
          warcRecord(
            "warcinfo",
            { "WARC-Date": "2024-04-12T10:00:00Z", "Content-Type": "application/warc-fields" },
            "software: test\r\n",
          ),
          warcRecord(
            "request",
            { "WARC-Target-URI": "https://news.example/mines", "Content-Type": "application/http; msgtype=request" },
            "GET /mines HTTP/1.1\r\n\r\n",
          ),
          responseRecord(
            "https://news.example/mines",
            "2024-04-12T10:00:01Z",
            httpMessage("200 OK", { "Content-Type": "text/html; charset=utf-8" }, page.html),
          ),
          responseRecord(
            "https://news.example/logo.png",
            "2024-04-12T10:00:02Z",
            httpMessage("200 OK", { "Content-Type": "image/png" }, "\x89PNG"),
          ),
          responseRecord(
            "https://news.example/old",
            "2024-04-12T10:00:03Z",
            httpMessage("301 Moved Permanently", { Location: "/mines", "Content-Type": "text/html" }, ""),
          ),
          responseRecord(
            "https://news.example/artillery",
            "2024-04-12T10:00:04Z",
            httpMessage(
              "200 OK",
              { "Content-Type": "text/html", "Transfer-Encoding": "chunked" },
              chunked(
                other.html
                  .replace(/<meta property="article:published_time"[^>]*>/, "")
                  .replace(/"datePublished": "[^"]*",/, ""),
              ),
            ),
          ),
        ],
        true,
      );
    });

    test("each HTML response record becomes an article with its target URI and WARC-Date", async () => {
      const run = await deconflict(["ingest", warc(), "--db", db("warc")]);
      expect(run.stdout).toMatch(/^ingested 2, unchanged 0, replaced 0, duplicate 0, failed 0 \(2 articles/);
      const stored = await sources(db("warc"));
      expect(stored.map((s) => [s.path, s.url])).toEqual([
        ["https://news.example/artillery", "https://news.example/artillery"],
        ["https://news.example/mines", "https://news.example/mines"],
      ]);
      expect(stored[1]).toMatchObject({ title: fixturePage("paywall-social").title, publishedAt: "2023-08-16" });
      expect(stored[0]?.publishedAt).toBe("2024-04-12");
      expect(tokenF1(stored[1]?.text ?? "", fixturePage("paywall-social").text)).toBeGreaterThanOrEqual(99);
      const again = await deconflict(["ingest", warc(), "--db", db("warc")]);
      expect(again.stdout).toMatch(/^ingested 0, unchanged 2,/);
    });

    test("a file that is not a WARC gets one line", async () => {
      const fake = join(folder.dir, "fake.warc");
      writeFileSync(fake, "hello, this is not an archive\n");
      const run = await deconflict(["ingest", fake, "--db", db("fake")]);
      expect(linesNaming(run.stderr, "fake.warc: not a WARC file")).toHaveLength(1);
      expect(run.code).toBe(1);
    });
  });
});
