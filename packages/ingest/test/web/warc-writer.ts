// Writes WARC files for tests the way crawlers do: one gzip member per record.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** One WARC/1.1 record: version line, headers, a blank line, the block and two CRLFs. */
export function warcRecord(type: string, headers: Record<string, string>, block: Buffer | string): Buffer {
  const body = Buffer.from(block);
  const lines = [`WARC/1.1`, `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  lines.push(`Content-Length: ${body.length}`);
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`), body, Buffer.from("\r\n\r\n")]);
}

/** An archived HTTP response as a response record's block. */
export function httpMessage(status: string, headers: Record<string, string>, body: Buffer | string): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join("\r\n");
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), Buffer.from(body)]);
}

/** A response record for a URL captured at `date`. */
export function responseRecord(uri: string, date: string, http: Buffer): Buffer {
  return warcRecord(
    "response",
    { "WARC-Target-URI": uri, "WARC-Date": date, "Content-Type": "application/http; msgtype=response" },
    http,
  );
}

export function writeWarc(path: string, records: readonly Buffer[], gzip: boolean): void {
  writeFileSync(path, Buffer.concat(records.map((r) => (gzip ? gzipSync(r) : r))));
}
