import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { decodeText } from "../read/decode.ts";
import { ReadError } from "../read/errors.ts";
import { formatBytes } from "../read/read-article.ts";
import { decodeHtml } from "../read/web-page.ts";
import { type Feed, parseFeedText } from "../web/feed.ts";
import type { Fetcher, Validators } from "../web/fetcher.ts";

export type LoadedFeed = { kind: "not-modified" } | { kind: "feed"; feed: Feed; validators: Validators | null };

/** True for "https://…" and other URLs; a Windows drive letter ("C:\…") is a path. */
export function isUrl(input: string): boolean {
  return /^[a-z][a-z\d+.-]+:/i.test(input);
}

/** The key a feed is known by in the database: its URL, or a file's absolute path. */
export function feedId(input: string): string {
  return isUrl(input) ? input : resolve(input);
}

/** A feed from a URL (conditional when validators are given) or a file. Throws ReadError with one line. */
export async function loadFeed(
  fetcher: Fetcher,
  input: string,
  validators: Validators | null = null,
): Promise<LoadedFeed> {
  if (isUrl(input)) {
    const response = await fetcher.get(input, validators);
    if (response.kind === "not-modified") return { kind: "not-modified" };
    const text = decodeHtml(response.body, response.contentType);
    return { kind: "feed", feed: parseFeedText(text, response.url), validators: response.validators };
  }
  const path = resolve(input);
  const { size } = await stat(path);
  const max = fetcher.options.maxBytes;
  if (size > max)
    throw new ReadError("too-large", `file is ${formatBytes(size)}, over the ${formatBytes(max)} limit (--max-bytes)`);
  return { kind: "feed", feed: parseFeedText(decodeText(await readFile(path)), null), validators: null };
}
