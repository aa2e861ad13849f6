import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
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
  const bytes = await readLimited(originPath, options.maxBytes ?? DEFAULT_MAX_BYTES);
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

async function readLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new ReadError(
        "too-large",
        `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)`,
      );
    }
    const buffer = await handle.readFile();
    // The file may have grown since stat.
    if (buffer.length > maxBytes) {
      throw new ReadError("too-large", `file is over the ${formatBytes(maxBytes)} limit (--max-bytes)`);
    }
    return buffer;
  } finally {
    await handle.close();
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
