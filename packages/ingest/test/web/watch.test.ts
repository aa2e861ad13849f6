import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { linesNaming, query, tempFolder } from "../cli/support.ts";
import { type RunningCli, runCli, sleep, startCli } from "../reliability/support/cli.ts";
import { pageRoute } from "./pages.ts";
import { startServer, type TestServer } from "./server.ts";

const FAST = ["--allow-private", "--host-delay", "0", "--timeout", "2s"];
let server: TestServer;
let folder: { dir: string; cleanup: () => void };
const url = (path: string) => server.url(path);

/** The feed at /feed.rss listing these pages, with an ETag that changes with its items. */
function publish(paths: string[]): void {
  const items = paths
    .map(
      (p) =>
        `<item><title>${p}</title><link>${url(p)}</link><guid>${p}</guid><pubDate>Mon, 05 Jun 2023 10:00:00 GMT</pubDate></item>`,
    )
    .join("");
  server.routes.set("/feed.rss", {
    headers: { "content-type": "application/rss+xml" },
    etag: `"feed-${paths.length}"`,
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><link>${url("/")}</link>${items}</channel></rss>`,
  });
}

async function untilOutput(run: RunningCli, pattern: RegExp, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!pattern.test(run.output().stdout + run.output().stderr)) {
    if (Date.now() > until) throw new Error(`no ${pattern} in:\n${run.output().stdout}\n${run.output().stderr}`);
    await sleep(50);
  }
}

const roundLines = (stdout: string) => stdout.split("\n").filter((l) => / round \d+: /.test(l));

beforeAll(async () => {
  folder = tempFolder("watch");
  server = await startServer({
    "/news/one": pageRoute("cookie-banner"),
    "/news/two": pageRoute("share-bars"),
    "/news/three": pageRoute("most-read"),
    "/news/gone": { status: 410 },
    "/not-a-feed": { headers: { "content-type": "text/html" }, body: "<html><body>moved</body></html>" },
  });
});

afterAll(async () => {
  await server.close();
  folder.cleanup();
});

describe("deconflict watch", { timeout: 60_000 }, () => {
  test("logs one line per round, ingests what is new, and asks the feed conditionally", async () => {
    publish(["/news/one", "/news/two"]);
    const db = join(folder.dir, "rounds.db");
    const run = await runCli([
      "watch",
      "--feed",
      url("/feed.rss"),
      "--every",
      "1s",
      "--rounds",
      "2",
      ...FAST,
      "--db",
      db,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const lines = roundLines(run.stdout);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /round 1: 1 feed \(0 not modified, 0 failed\), 2 new items: ingested 2, unchanged 0, .* failed 0; next at /,
    );
    expect(lines[1]).toMatch(/round 2: 1 feed \(1 not modified, 0 failed\), 0 new items: ingested 0, .* failed 0$/);
    const feedRequests = server.requests.filter((r) => r.path === "/feed.rss");
    expect(feedRequests.at(-1)?.headers["if-none-match"]).toBe('"feed-2"');
    expect(await query(db, "SELECT count(*) AS n FROM sources")).toEqual([{ n: 2 }]);
  });

  test("stops cleanly on Ctrl-C and resumes where it left off", async () => {
    publish(["/news/one", "/news/two"]);
    const db = join(folder.dir, "resume.db");
    const args = ["watch", "--feed", url("/feed.rss"), ...FAST, "--db", db];

    const first = startCli([...args, "--every", "1h"]);
    await untilOutput(first, / round 1: .*ingested 2/);
    first.child.kill("SIGINT");
    const stopped = await first.done;
    expect(stopped.signal).toBeNull();
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stderr).toMatch(/stopped after 1 round\b/);

    // Restarted within the hour: nothing is due, so it waits for the next round rather than polling again.
    const early = startCli([...args, "--every", "1h"]);
    await untilOutput(early, /resuming: next round at /);
    await sleep(300);
    early.child.kill("SIGINT");
    const waited = await early.done;
    expect(waited.code).toBe(0);
    expect(roundLines(waited.stdout)).toEqual([]);

    // A new story appears; the next due round fetches only it.
    publish(["/news/one", "/news/two", "/news/three"]);
    const before = server.requests.length;
    const next = await runCli([...args, "--every", "1s", "--rounds", "1"]);
    expect(next.code, next.stderr).toBe(0);
    expect(roundLines(next.stdout)[0]).toMatch(/round 1: 1 feed \(0 not modified, 0 failed\), 1 new item: ingested 1,/);
    const fetched = server.requests
      .slice(before)
      .map((r) => r.path)
      .filter((p) => p.startsWith("/news/"));
    expect(fetched).toEqual(["/news/three"]);
    expect(await query(db, "SELECT count(*) AS n FROM feed_items")).toEqual([{ n: 3 }]);
  });

  test("reports a bad feed and a gone page once, and exits 1", async () => {
    publish(["/news/one", "/news/gone"]);
    const db = join(folder.dir, "bad.db");
    const feeds = ["--feed", url("/feed.rss"), "--feed", url("/not-a-feed")];
    const run = await runCli(["watch", ...feeds, "--every", "1s", "--rounds", "2", ...FAST, "--db", db]);
    expect(run.code).toBe(1);
    expect(linesNaming(run.stderr, `${url("/news/gone")}: HTTP 410 Gone`)).toHaveLength(1);
    expect(linesNaming(run.stderr, `${url("/not-a-feed")}: not a feed`)).toHaveLength(2);
    const lines = roundLines(run.stdout);
    expect(lines[0]).toMatch(/2 feeds \(0 not modified, 1 failed\), 2 new items: ingested 1, .* failed 2/);
    expect(lines[1]).toMatch(/2 feeds \(1 not modified, 1 failed\), 0 new items: ingested 0, .* failed 1/);
  });

  test("needs a feed", async () => {
    const run = await runCli(["watch", "--db", join(folder.dir, "none.db")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/watch needs at least one --feed/);
  });
});
