import { closeSync, cpSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type CliRun, runCli } from "./support/cli.ts";
import { tempDir } from "./support/corpus.ts";
import { integrity, rows, scalar } from "./support/inspect.ts";
import { linesNaming, originsOf, storedSource } from "./support/outcome.ts";

const FIXTURES = fileURLToPath(new URL("../../fixtures/hostile", import.meta.url));
const GOOD_SENTENCE = "Russian forces carried out a drone strike on a fuel depot";
const tmp = tempDir("hostile");
afterAll(() => tmp.cleanup());

/** A file of `mb` megabytes of article-like text, written in blocks (never held whole in memory). */
function writeBig(path: string, mb: number, newlines: boolean): void {
  const sentence = "Artillery fire hit the northern districts overnight, residents said, and power was cut again. ";
  const block = (newlines ? `${sentence}\n` : sentence).repeat(Math.ceil(1_000_000 / (sentence.length + 1)));
  const fd = openSync(path, "w");
  writeSync(fd, "A very long report\n\n");
  for (let i = 0; i < mb; i++) writeSync(fd, block.slice(0, 1_000_000));
  closeSync(fd);
}

function nestedHtml(depth: number): string {
  const p = "<p>Israeli warplanes struck Hezbollah positions near Nabatieh on Saturday, the Israeli military said.</p>";
  return `<!doctype html><html><head><title>Nested page</title></head><body>${"<div>".repeat(depth)}${p}${"</div>".repeat(depth)}</body></html>\n`;
}

describe("ingesting hostile files", () => {
  const files = join(tmp.dir, "files");
  const db = join(tmp.dir, "hostile.db");
  let run: CliRun;
  let output: string;

  beforeAll(async () => {
    cpSync(join(FIXTURES, "files"), files, { recursive: true });
    writeFileSync(join(files, "deeply-nested.html"), nestedHtml(5000));
    writeBig(join(files, "big-50mb.txt"), 50, true);
    writeBig(join(files, "single-line-5mb.txt"), 5, false);
    run = await runCli(["ingest", files, "--db", db, "--max-bytes", "4000000"]);
    output = `${run.stderr}\n${run.stdout}`;
  }, 120_000);

  test("finishes with exit status 1, since some inputs failed, and an intact database", async () => {
    expect(run.code, output).toBe(1);
    expect(output, "no stack traces").not.toMatch(/\n\s+at \S+ \(/);
    expect(await integrity(db)).toBe("ok");
  });

  describe("still ingests the good files beside the bad", () => {
    test.each(["good-wire.txt", "good-page.html", "good-notes.md"])("%s", async (name) => {
      expect(await originsOf(db, name), output).toHaveLength(1);
    });

    test("with the article text stored", async () => {
      expect((await storedSource(db, "good-wire.txt"))?.text).toContain(GOOD_SENTENCE);
    });
  });

  describe("refuses each bad file with one line naming it and the reason", () => {
    test.each([
      ["empty.txt", /empty/i],
      ["whitespace.txt", /empty|whitespace/i],
      ["empty.html", /empty/i],
      ["png-as-text.txt", /binary|png/i],
      ["gzip-as-text.txt", /binary|gzip/i],
      ["invalid-utf8.txt", /utf-?8/i],
      ["big-50mb.txt", /too large|size|limit|max-bytes|bytes/i],
      ["single-line-5mb.txt", /too large|size|limit|max-bytes|bytes/i],
    ])("%s", async (name, reason) => {
      const lines = linesNaming(output, name);
      expect(lines, output).toHaveLength(1);
      expect(lines[0]).toMatch(reason);
      expect(await originsOf(db, name)).toHaveLength(0);
    });
  });

  describe("never stores files that are not articles", () => {
    test.each(["pixel.png", "archive.txt.gz"])("%s", async (name) => {
      expect(await originsOf(db, name)).toHaveLength(0);
    });
  });

  describe("decodes other encodings sanely or refuses them", () => {
    test("UTF-16 with a BOM: decoded without NULs, or refused", async () => {
      const stored = await storedSource(db, "utf16-bom.txt");
      if (stored) {
        expect(stored.text).toContain("Russian warplanes struck rebel positions");
        expect(stored.text).not.toContain("\u0000");
      } else expect(linesNaming(output, "utf16-bom.txt").length, output).toBeGreaterThanOrEqual(1);
    });

    test("Latin-1: decoded without replacement characters, or refused as not UTF-8", async () => {
      const stored = await storedSource(db, "latin1.txt");
      if (stored) {
        expect(stored.text).toContain("Médecins Sans Frontières");
        expect(stored.text).not.toContain("\ufffd");
      } else
        expect(
          linesNaming(output, "latin1.txt").some((l) => /utf-?8|encoding/i.test(l)),
          output,
        ).toBe(true);
    });
  });

  describe("reads hostile HTML", () => {
    test("5,000 nested divs: ingested, paragraph found, no stack overflow", async () => {
      expect((await storedSource(db, "deeply-nested.html"))?.text, output).toContain(
        "Israeli warplanes struck Hezbollah",
      );
    });

    test("scripts, styles and handlers: only the article's words are kept", async () => {
      const text = (await storedSource(db, "scripts-and-handlers.html"))?.text ?? "";
      expect(text, output).toContain("Russia fired missiles at the port of Odesa");
      expect(text).toContain("shot down three of the five missiles");
      for (const marker of [
        "INJECTED",
        "SCRIPT",
        "STYLE",
        "ONLOAD",
        "NOSCRIPT",
        "IFRAME",
        "JS LINK",
        "HEADLINE CLICK",
        "document.cookie",
      ]) {
        expect(text).not.toContain(marker);
      }
    });
  });

  describe("the same article under two names", () => {
    test("is stored once with both origins recorded", async () => {
      const a = await originsOf(db, "same-article-a.txt");
      const b = await originsOf(db, "same-article-b.txt");
      expect(a).toHaveLength(1);
      expect(b).toHaveLength(1);
      expect(a[0]?.sourceId).toBe(b[0]?.sourceId);
    });
  });

  test("a single 5 MB line under the size limit is ingested in bounded time or refused with a reason", async () => {
    const dir = join(tmp.dir, "one-line");
    mkdirSync(dir);
    writeBig(join(dir, "single-line-5mb.txt"), 5, false);
    const small = join(tmp.dir, "one-line.db");
    const r = await runCli(["ingest", dir, "--db", small, "--max-bytes", "6000000"]);
    expect(r.ms).toBeLessThan(90_000);
    expect(await integrity(small)).toBe("ok");
    if (r.code === 0) expect(await originsOf(small, "single-line-5mb.txt")).toHaveLength(1);
    else
      expect(linesNaming(`${r.stderr}${r.stdout}`, "single-line-5mb.txt").length, r.stderr).toBeGreaterThanOrEqual(1);
  }, 120_000);
});

describe("a folder with a symlink loop", () => {
  test("is walked without hanging and each file is stored once", async () => {
    const dir = join(tmp.dir, "looped");
    mkdirSync(join(dir, "sub"), { recursive: true });
    cpSync(join(FIXTURES, "files", "good-wire.txt"), join(dir, "good-wire.txt"));
    cpSync(join(FIXTURES, "files", "good-notes.md"), join(dir, "sub", "good-notes.md"));
    symlinkSync("..", join(dir, "sub", "back"));
    symlinkSync(".", join(dir, "self"));
    const db = join(tmp.dir, "looped.db");
    const r = await runCli(["ingest", dir, "--db", db]);
    expect(r.ms).toBeLessThan(60_000);
    expect(r.signal).toBeNull();
    expect(await integrity(db)).toBe("ok");
    expect(await scalar(db, "SELECT count(*) FROM sources"), r.stderr).toBe(2);
  }, 90_000);
});

describe("a manifest full of bad lines", () => {
  const dir = join(tmp.dir, "manifest-corpus");
  const db = join(tmp.dir, "manifest.db");
  let run: CliRun;
  let output: string;

  beforeAll(async () => {
    cpSync(join(FIXTURES, "manifest-corpus"), dir, { recursive: true });
    run = await runCli(["ingest", dir, "--db", db]);
    output = `${run.stderr}\n${run.stdout}`;
  }, 60_000);

  test("exits 1 and leaves an intact database", async () => {
    expect(run.code, output).toBe(1);
    expect(await integrity(db)).toBe("ok");
  });

  test("ingests the good lines with their metadata", async () => {
    expect((await storedSource(db, "good-a.txt"))?.outlet, output).toBe("Reuters");
    expect((await storedSource(db, "good-b.txt"))?.publishedAt, output).toBe("2019-07-11");
  });

  test("stores a file listed twice once", async () => {
    expect(await originsOf(db, "good-a.txt")).toHaveLength(1);
  });

  test("never stores an impossible date", async () => {
    const c = await storedSource(db, "good-c.txt");
    if (c) expect(c.publishedAt).not.toBe("2021-13-45");
    else
      expect(
        linesNaming(output, "2021-13-45").length + linesNaming(output, "good-c.txt").length,
        output,
      ).toBeGreaterThan(0);
  });

  test("names the missing file", () => {
    expect(linesNaming(output, "missing.txt").length, output).toBeGreaterThanOrEqual(1);
  });

  test("refuses paths outside the corpus folder and reads nothing there", async () => {
    for (const name of ["../../etc/passwd", "/etc/passwd", "sub/../../good-a.txt"]) {
      expect(
        linesNaming(output, name).some((l) => /outside|escape|not inside|traversal/i.test(l)),
        `${name}\n${output}`,
      ).toBe(true);
    }
    expect(await scalar(db, "SELECT count(*) FROM sources WHERE text LIKE '%root:%'")).toBe(0);
    expect(await originsOf(db, "passwd")).toHaveLength(0);
  });

  test("reports each malformed line by its line number", () => {
    const manifestLines = output.split("\n").filter((l) => l.includes("manifest"));
    for (const lineNo of [3, 10, 11, 13]) {
      expect(
        manifestLines.some((l) => new RegExp(`\\b${lineNo}\\b`).test(l)),
        `line ${lineNo}\n${output}`,
      ).toBe(true);
    }
  });

  test("stores only the files that exist in the folder", async () => {
    const paths = (await rows(db, "SELECT path FROM source_origins")).map((r) => String(r.path));
    expect(
      paths.every((p) => /good-[abc]\.txt$/.test(p)),
      paths.join("\n"),
    ).toBe(true);
  });
});
