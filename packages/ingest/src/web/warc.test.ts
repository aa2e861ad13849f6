import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { httpMessage, responseRecord, warcRecord, writeWarc } from "../../test/web/warc-writer.ts";
import { parseHttpResponse, type WarcRecord, warcRecords } from "./warc.ts";

const dir = mkdtempSync(join(tmpdir(), "deconflict-warc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records = [
  warcRecord("warcinfo", { "WARC-Date": "2024-01-01T00:00:00Z" }, "software: test\r\n"),
  responseRecord(
    "https://n.example/a",
    "2024-01-02T03:04:05Z",
    httpMessage("200 OK", { "Content-Type": "text/html" }, "<p>a</p>"),
  ),
  responseRecord(
    "https://n.example/big.mp4",
    "2024-01-02T03:04:06Z",
    httpMessage("200 OK", { "Content-Type": "video/mp4" }, "v".repeat(5000)),
  ),
  responseRecord(
    "https://n.example/b",
    "2024-01-02T03:04:07Z",
    httpMessage("200 OK", { "Content-Type": "text/html" }, "<p>b</p>"),
  ),
];

async function all(path: string, maxBytes = 1000): Promise<WarcRecord[]> {
  const out: WarcRecord[] = [];
  for await (const r of warcRecords(path, { maxBytes, wanted: (h) => h.get("warc-type") === "response" })) out.push(r);
  return out;
}

describe("warcRecords", () => {
  test.each([
    ["plain", false],
    ["gzipped per record", true],
  ])("reads a %s file record by record, skipping blocks not wanted or over the limit", async (_name, gzip) => {
    const path = join(dir, `t-${gzip}.warc${gzip ? ".gz" : ""}`);
    writeWarc(path, records, gzip);
    const got = await all(path);
    expect(got.map((r) => [r.index, r.type, r.targetUri, r.date, r.block !== null])).toEqual([
      [1, "warcinfo", null, "2024-01-01T00:00:00Z", false],
      [2, "response", "https://n.example/a", "2024-01-02T03:04:05Z", true],
      [3, "response", "https://n.example/big.mp4", "2024-01-02T03:04:06Z", false],
      [4, "response", "https://n.example/b", "2024-01-02T03:04:07Z", true],
    ]);
    expect(parseHttpResponse(got[3]?.block as Buffer, 1000).body.toString()).toBe("<p>b</p>");
  });

  test("says when a file is not a WARC, or is cut short", async () => {
    const fake = join(dir, "fake.warc");
    writeWarc(fake, [Buffer.from("hello\r\n")], false);
    await expect(all(fake)).rejects.toThrow("not a WARC file");
    const cut = join(dir, "cut.warc");
    writeWarc(cut, [(records[1] as Buffer).subarray(0, 200)], false);
    await expect(all(cut)).rejects.toThrow(/truncated/);
  });
});

describe("parseHttpResponse", () => {
  test("de-chunks a chunked body", () => {
    const http = httpMessage("200 OK", { "Transfer-Encoding": "chunked" }, "3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
    expect(parseHttpResponse(http, 100)).toMatchObject({ status: 200 });
    expect(parseHttpResponse(http, 100).body.toString()).toBe("abcde");
  });
});
