import { execFile } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { CLI, deconflict, tempFolder } from "./support.ts";

const tmp = tempFolder("usage");
afterAll(() => tmp.cleanup());

describe.concurrent("--help", { timeout: 60_000 }, () => {
  test.each([
    [[], "Commands:"],
    [["ingest"], "--max-bytes"],
    [["export"], "--format"],
    [["reextract"], "--all"],
    [["watch"], "--every"],
  ])("deconflict %j --help shows usage with examples and exits 0", async (command, mentions) => {
    const r = await deconflict([...command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: deconflict/);
    expect(r.stdout).toContain(mentions);
    expect(r.stdout).toContain("Examples:");
  });
});

// `npx deconflict` runs the bin through its shebang (`env -S node --single-threaded-gc`), not through `node bin`.
test("the bin runs as an executable, through its shebang's node flags", { timeout: 60_000 }, async () => {
  const out = await new Promise<{ code: number; stdout: string }>((resolve) =>
    execFile(CLI, ["--help"], { env: { ...process.env, NO_COLOR: "1" } }, (error, stdout) =>
      resolve({ code: error ? 1 : 0, stdout }),
    ),
  );
  expect(out.code).toBe(0);
  expect(out.stdout).toMatch(/^Usage: deconflict/);
});

describe.concurrent("bad usage", { timeout: 60_000 }, () => {
  test.each([
    [["frobnicate"], /^deconflict: unknown command 'frobnicate'/],
    [["ingest", "x.txt", "--frob"], /^deconflict: unknown option '--frob'/],
    [["ingest"], /^deconflict: ingest needs at least one file, folder, URL, --feed or --urls/],
    [["watch"], /^deconflict: watch needs at least one --feed/],
    [["watch", "--feed", "x.rss", "--every", "soon"], /^deconflict: --every must be a duration/],
    [["ingest", "x.txt", "--max-bytes", "lots"], /^deconflict: --max-bytes must be a number of bytes/],
    [["export", "--format", "xml"], /^deconflict: --format must be json or csv, not "xml"/],
  ])("deconflict %j says one line and exits 2", async (args, message) => {
    const r = await deconflict([...args, "--db", join(tmp.dir, "never.db")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
