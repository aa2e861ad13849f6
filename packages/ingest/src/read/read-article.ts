import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { extname, resolve } from "node:path";
import { type Article, ArticleSchema } from "@deconflict/domain";
import * as v from "valibot";
import { decodeText } from "./decode.ts";
import { ReadError } from "./errors.ts";
import type { ManifestLine } from "./manifest.ts";
import { markdownToArticle } from "./markdown.ts";

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"] as const;

export interface ReadArticle {
  /** Absolute path the article was read from. */
  originPath: string;
  bytes: Uint8Array;
  /** sha256 of the raw bytes, lower-case hex. */
  contentHash: string;
  article: Article;
  /** A byline found in the page's metadata, if any. */
  byline: string | null;
}

export interface ReadOptions {
  maxBytes?: number;
  /** The manifest's line for this file: it beats whatever the file itself says. */
  manifest?: ManifestLine | undefined;
}

/** Reads one article file: size limit, decoding, format, then manifest metadata on top. Throws ReadError. */
export async function readArticleFile(path: string, options: ReadOptions = {}): Promise<ReadArticle> {
  return parseArticleBytes(await readFileBytes(path, options), options.manifest);
}

/** A file's bytes and their hash, before any parsing: enough to tell whether it is stored already. */
export interface FileBytes {
  originPath: string;
  bytes: Uint8Array;
  contentHash: string;
}

/** Reads a file's bytes within the size limit and hashes them. Throws ReadError. */
export async function readFileBytes(path: string, options: Pick<ReadOptions, "maxBytes"> = {}): Promise<FileBytes> {
  const originPath = resolve(path);
  const bytes = readLimited(originPath, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return { originPath, bytes, contentHash: createHash("sha256").update(bytes).digest("hex") };
}

/**
 * The article in a file's bytes: decoding, format (HTML goes through Readability, the costly part, which is why an
 * ingest with threads runs this in them), then manifest metadata on top. Throws ReadError.
 */
export async function parseArticleBytes(file: FileBytes, manifest?: ManifestLine): Promise<ReadArticle> {
  const text = decodeText(file.bytes);
  const parsed = await parseByExtension(file.originPath, text);
  if (parsed.text.trim() === "") throw new ReadError("empty", "no article text found in the file");
  const article = v.parse(ArticleSchema, {
    title: manifest?.title ?? parsed.title,
    outlet: manifest?.outlet ?? parsed.outlet,
    url: manifest?.url ?? parsed.url,
    publishedAt: manifest?.publishedAt ?? parsed.publishedAt,
    text: parsed.text,
  });
  return { ...file, article, byline: parsed.byline };
}

/**
 * Synchronous on purpose: an article file is small and in the page cache by the time it is read, and four system
 * calls cost a small fraction of what the promise-based handle's round trips through the thread pool do on the
 * writer's thread. O_NONBLOCK keeps a FIFO swapped in after planning from blocking the open.
 */
function readLimited(path: string, maxBytes: number): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new ReadError("unreadable", "unreadable: not a regular file");
    if (stats.size > maxBytes) {
      throw new ReadError(
        "too-large",
        `file is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)`,
      );
    }
    // One byte over the size seen, so a file that grew since fstat is noticed; past the limit it is refused.
    let buffer = new Uint8Array(stats.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) {
        throw new ReadError("too-large", `file is over the ${formatBytes(maxBytes)} limit (--max-bytes)`);
      }
      if (length === buffer.length) {
        const grown = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

type Parsed = Omit<Article, "publishedAt"> & { publishedAt: string | null; byline: string | null };

async function parseByExtension(path: string, text: string): Promise<Parsed> {
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm") {
    // The DOM and Readability load only for the first HTML file: a plain-text ingest starts faster without them.
    const { htmlToArticle } = await import("./html/html.ts");
    return htmlToArticle(text);
  }
  if (ext === ".md" || ext === ".markdown") {
    const md = markdownToArticle(text);
    return { title: md.title, outlet: null, url: null, publishedAt: null, byline: null, text: md.text };
  }
  return { title: null, outlet: null, url: null, publishedAt: null, byline: null, text: text.replace(/\r\n?/g, "\n") };
}
