import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { blockText, cleanText, nestingDepth } from "./block-text.ts";
import { removeFurniture } from "./furniture.ts";
import { type PageMeta, pageMeta } from "./page-meta.ts";
import { titleWithoutOutlet } from "./title.ts";

export interface HtmlArticle extends PageMeta {
  text: string;
}

// Readability gives up below this many characters of candidate text; a short wire story is still a story.
const CHAR_THRESHOLD = 200;
// Readability's scoring walks ancestors per node, which on a DOM nested thousands deep takes minutes; real pages
// nest a few dozen levels. Deeper pages, and pages with more elements than this, get the structural reading
// (which still leaves out navigation, asides, forms and scripts).
const MAX_DEPTH = 100;
const MAX_ELEMENTS = 60_000;

/**
 * Title, date, outlet, URL, byline and the main text of an HTML page, paragraphs kept apart by blank lines.
 * Metadata is read before anything is removed; the text is Mozilla Readability's pick (the algorithm of Firefox
 * Reader View) after page furniture is dropped, else the longest <article>, <main> or the body.
 */
export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(wrapFragment(html));
  const meta = pageMeta(document);
  const sane = document.body !== null && nestingDepth(document.body) <= MAX_DEPTH;
  if (sane) removeFurniture(document);
  const fallback = structuralText(document);
  const readable = sane ? readability(document) : null;
  const picked = readable?.content ? blockText(readable.content) : "";
  const text = betterText(picked, fallback);
  return {
    title: meta.title ?? (readable?.title ? titleWithoutOutlet(readable.title, meta.outlet) : null),
    outlet: meta.outlet ?? cleanText(readable?.siteName),
    url: meta.url,
    publishedAt: meta.publishedAt,
    byline: meta.byline ?? cleanText(readable?.byline?.replace(/^by\s+/i, "")),
    text: withoutTitleLine(text, meta.title),
  };
}

function readability(document: Document) {
  try {
    return new Readability<Node>(document, {
      charThreshold: CHAR_THRESHOLD,
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => node,
    }).parse();
  } catch {
    // Over the element limit: Readability refuses, the structural reading stands.
    return null;
  }
}

/** linkedom builds a document only under <html>, and a body only from <body>: give a fragment both. */
function wrapFragment(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  const body = html.search(/<body[\s>]/i);
  if (body < 0) return `<html><body>${html}</body></html>`;
  const head = html.slice(0, body).replace(/<\/?head\b[^>]*>/gi, "");
  return `<html><head>${head}</head>${html.slice(body)}</html>`;
}

/**
 * Readability's pick, unless it is a teaser box far shorter than the page's structural story, or the structural
 * story plus whatever surrounds its <article> or <main> (which the page itself marks as not the story).
 */
function betterText(picked: string, structural: { text: string; marked: boolean }): string {
  if (picked.length < structural.text.length * 0.4) return structural.text;
  if (structural.marked && picked.length > structural.text.length) {
    const have = new Set(picked.split("\n\n"));
    if (structural.text.split("\n\n").every((p) => have.has(p))) return structural.text;
  }
  return picked;
}

/** The longest <article>, else <main>, else the body, read without furniture; `marked` unless the body. */
function structuralText(document: Document): { text: string; marked: boolean } {
  const articles = [...document.querySelectorAll("article")].map((a) => blockText(a));
  const longest = articles.reduce((best, t) => (t.length > best.length ? t : best), "");
  // Several <article>s side by side are entries of one page (a live blog) as often as teasers: not a mark.
  if (longest) return { text: longest, marked: articles.length === 1 };
  const main = document.querySelector("main");
  if (main) return { text: blockText(main), marked: true };
  return { text: document.body ? blockText(document.body) : "", marked: false };
}

/** The headline repeated as the text's first paragraph is the title, not the story. */
function withoutTitleLine(text: string, title: string | null): string {
  if (!title) return text;
  const [first, ...rest] = text.split("\n\n");
  return first && cleanText(first)?.toLowerCase() === title.toLowerCase() && rest.length > 0 ? rest.join("\n\n") : text;
}
