import { createHash } from "node:crypto";
import { ArticleSchema } from "@deconflict/domain";
import * as v from "valibot";
import { ReadError } from "./errors.ts";
import { htmlToArticle } from "./html/html.ts";
import type { ReadArticle } from "./read-article.ts";

export interface WebPage {
  /** The URL the page was asked for: the source's URL and its origin in the database. */
  url: string;
  body: Uint8Array;
  contentType: string | null;
}

/** What a feed or an archive says about the page, used only where the page itself is silent. */
export interface PageFallback {
  publishedAt?: string | null;
  outlet?: string | null;
  title?: string | null;
}

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/**
 * A fetched or archived page as an article. Its content hash covers the readable article (title and text), not
 * the raw bytes: ads, tokens and "most read" lists change on every load, the story does not.
 */
export function readWebPage(page: WebPage, fallback: PageFallback = {}): ReadArticle {
  const type = page.contentType?.split(";")[0]?.trim().toLowerCase() || null;
  if (type ? !HTML_TYPES.has(type) : !looksLikeHtml(page.body))
    throw new ReadError("not-a-page", `not a web page: ${type ?? "the body is not HTML"}`);
  const parsed = htmlToArticle(decodeHtml(page.body, page.contentType));
  if (parsed.text.trim() === "") throw new ReadError("empty", "no article text found in the page");
  const article = v.parse(ArticleSchema, {
    title: parsed.title ?? fallback.title ?? null,
    outlet: parsed.outlet ?? fallback.outlet ?? null,
    url: page.url,
    publishedAt: parsed.publishedAt ?? fallback.publishedAt ?? null,
    text: parsed.text,
  });
  const contentHash = createHash("sha256")
    .update(`${article.title ?? ""}\n\n${article.text}`)
    .digest("hex");
  return { originPath: page.url, bytes: page.body, contentHash, article, byline: parsed.byline };
}

function looksLikeHtml(body: Uint8Array): boolean {
  const head = Buffer.from(body.subarray(0, 1024)).toString("latin1").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(head|body|p|div|article)[\s>]/.test(head);
}

/** The body decoded by the charset the server or the page names, UTF-8 when neither does or the name is unknown. */
export function decodeHtml(body: Uint8Array, contentType: string | null): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  const head = Buffer.from(body.subarray(0, 2048)).toString("latin1");
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, "utf-8"]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // An unknown label: try the next source of truth.
    }
  }
  return new TextDecoder().decode(body);
}
