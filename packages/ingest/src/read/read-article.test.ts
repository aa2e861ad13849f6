import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { ReadError } from "./errors.ts";
import { readArticleFile, readFileBytes } from "./read-article.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "deconflict-read-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("readArticleFile", () => {
  test("hashes the raw bytes and normalises line endings of text", async () => {
    const r = await readArticleFile(file("a.txt", "One.\r\nTwo."));
    expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.article.text).toBe("One.\nTwo.");
  });

  test("lets the manifest beat the page's own metadata", async () => {
    const html = `<title>Page</title><meta property="og:site_name" content="Site"><body><p>Text.</p></body>`;
    const r = await readArticleFile(file("a.html", html), {
      manifest: { file: "a.html", outlet: "Manifest", publishedAt: "2017-01-02" },
    });
    expect(r.article).toMatchObject({ title: "Page", outlet: "Manifest", publishedAt: "2017-01-02", text: "Text." });
  });

  test("refuses a file over the size limit before reading it", async () => {
    await expect(readArticleFile(file("big.txt", "x".repeat(100)), { maxBytes: 10 })).rejects.toThrow(
      /100 bytes, over the 10 bytes limit/,
    );
  });

  test("refuses an HTML page with no text", async () => {
    const err = await readArticleFile(file("e.html", "<script>x</script>")).catch((e: ReadError) => e);
    expect((err as ReadError).reason).toBe("empty");
  });

  test("reads a file at exactly the limit whole, and hashes every byte", async () => {
    const text = "A sentence of our own. ".repeat(9000);
    const r = await readFileBytes(file("exact.txt", text), { maxBytes: text.length });
    expect(r.bytes.length).toBe(text.length);
    expect(r.contentHash).toBe(createHash("sha256").update(text).digest("hex"));
  });

  test("refuses a FIFO put where a file was planned, without waiting for a writer", async () => {
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const err = await readFileBytes(fifo).catch((e: ReadError) => e);
    expect((err as ReadError).reason).toBe("unreadable");
  });

  test("lets a missing file's error through for the caller to word", async () => {
    await expect(readArticleFile(join(dir, "none.txt"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
