import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { brotliDecompressSync, createGunzip, gunzipSync, inflateSync } from "node:zlib";
import { ByteReader } from "./byte-reader.ts";

export interface WarcRecord {
  /** 1-based position in the file. */
  index: number;
  type: string;
  targetUri: string | null;
  date: string | null;
  contentType: string | null;
  /** The record's block, or null when it was skipped (not wanted, or over the size limit). */
  block: Buffer | null;
  length: number;
}

export interface WarcOptions {
  maxBytes: number;
  /** Which records to keep the block of, from their headers; the rest are skipped unread. */
  wanted: (headers: Map<string, string>) => boolean;
}

/**
 * The records of a WARC file, plain or gzipped (one gzip member per record, or the whole file; gunzip reads
 * members back to back). Streams: one record in memory at a time.
 */
export async function* warcRecords(path: string, options: WarcOptions): AsyncGenerator<WarcRecord> {
  const stream: Readable = (await isGzip(path)) ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  const reader = new ByteReader(stream[Symbol.asyncIterator]());
  let index = 0;
  try {
    for (;;) {
      let version = await reader.line();
      while (version === "") version = await reader.line();
      if (version === null) return;
      if (!version.startsWith("WARC/"))
        throw new Error(index === 0 ? "not a WARC file" : `record ${index + 1} does not start with a WARC/ line`);
      index++;
      const headers = new Map<string, string>();
      for (let line = await reader.line(); line !== null && line !== ""; line = await reader.line()) {
        const colon = line.indexOf(":");
        if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      const length = Number(headers.get("content-length"));
      if (!Number.isInteger(length) || length < 0) throw new Error(`record ${index} has no valid Content-Length`);
      const keep = length <= options.maxBytes && options.wanted(headers);
      const block = keep ? await reader.take(length) : null;
      if (!keep) await reader.skip(length);
      yield {
        index,
        type: (headers.get("warc-type") ?? "").toLowerCase(),
        targetUri: headers.get("warc-target-uri")?.replace(/^<|>$/g, "") ?? null,
        date: headers.get("warc-date") ?? null,
        contentType: headers.get("content-type") ?? null,
        block,
        length,
      };
    }
  } finally {
    stream.destroy();
  }
}

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

export interface HttpMessage {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/** An archived HTTP response (status line, headers, body), de-chunked and decompressed as the crawler stored it. */
export function parseHttpResponse(block: Buffer, maxBytes: number): HttpMessage {
  let end = block.indexOf("\r\n\r\n");
  let gap = 4;
  if (end < 0) {
    end = block.indexOf("\n\n");
    gap = 2;
  }
  if (end < 0) throw new Error("the archived HTTP response has no header end");
  const [statusLine = "", ...lines] = block.subarray(0, end).toString("latin1").split(/\r?\n/);
  const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(statusLine)?.[1]);
  if (!status) throw new Error(`the archived HTTP response starts "${statusLine.slice(0, 40)}"`);
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = block.subarray(end + gap);
  if (/chunked/i.test(headers.get("transfer-encoding") ?? "")) body = dechunk(body);
  const encoding = headers.get("content-encoding")?.toLowerCase();
  const limit = { maxOutputLength: maxBytes };
  if (encoding === "gzip" || encoding === "x-gzip") body = gunzipSync(body, limit);
  else if (encoding === "deflate") body = inflateSync(body, limit);
  else if (encoding === "br") body = brotliDecompressSync(body, limit);
  return { status, headers, body };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf("\r\n", at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString("latin1"), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
