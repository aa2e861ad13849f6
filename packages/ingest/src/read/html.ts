import { Parser } from "htmlparser2";
import { isoDayOf } from "./dates.ts";

export interface HtmlArticle {
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  byline: string | null;
  text: string;
}

// Page furniture, never article text.
const SKIP = new Set([
  "nav",
  "header",
  "footer",
  "aside",
  "script",
  "style",
  "form",
  "noscript",
  "template",
  "svg",
  "iframe",
  "button",
  "select",
  "textarea",
  "object",
  "canvas",
  "menu",
  "dialog",
]);
// Elements that end a paragraph.
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "table",
  "tr",
  "td",
  "th",
  "figure",
  "figcaption",
  "hr",
  "body",
  "address",
]);
const VOID = new Set(["br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"]);

const DATE_KEYS = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date.issued",
  "dc.date",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "article.published",
  "original-publish-date",
];
const TITLE_KEYS = ["og:title", "twitter:title", "headline"];
const OUTLET_KEYS = ["og:site_name", "application-name", "publisher"];
const URL_KEYS = ["og:url"];
const AUTHOR_KEYS = ["author", "article:author", "byl", "parsely-author", "sailthru.author"];

interface Paragraph {
  text: string;
  /** Which <article> it sits in (-1: none), and whether inside <main>. */
  article: number;
  main: boolean;
}

/** Title, dates, outlet, URL and the main text of an HTML page, paragraphs kept apart by blank lines. */
export function htmlToArticle(html: string): HtmlArticle {
  const meta = new Map<string, string>();
  const paragraphs: Paragraph[] = [];
  const stack: string[] = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let articleCount = 0;
  let currentArticle = -1;
  let mainDepth = 0;
  let inTitle = false;
  let titleText = "";
  let canonical: string | null = null;
  let timeDatetime: string | null = null;
  let buffer = "";

  const flush = () => {
    const text = buffer
      .replace(/[^\S\n]+/g, " ")
      .replace(/ *\n */g, "\n")
      .trim();
    buffer = "";
    if (text) paragraphs.push({ text, article: articleDepth > 0 ? currentArticle : -1, main: mainDepth > 0 });
  };
  const setMeta = (key: string | undefined, value: string | undefined) => {
    if (!key || value === undefined) return;
    const k = key.trim().toLowerCase();
    if (!meta.has(k) && value.trim()) meta.set(k, value.trim());
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "meta") {
          setMeta(attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs["http-equiv"], attrs.content);
          return;
        }
        if (name === "link" && attrs.rel?.toLowerCase().split(/\s+/).includes("canonical") && attrs.href) {
          canonical ??= attrs.href;
          return;
        }
        if (name === "time" && attrs.datetime && (attrs.pubdate !== undefined || attrs.itemprop === "datePublished")) {
          timeDatetime ??= attrs.datetime;
        }
        if (VOID.has(name)) {
          if (name === "br") buffer += "\n";
          else if (name === "hr" && skipDepth === 0) flush();
          return;
        }
        stack.push(name);
        if (name === "title" && skipDepth === 0 && !stack.includes("body")) inTitle = true;
        if (SKIP.has(name)) {
          if (skipDepth === 0) flush();
          skipDepth++;
          return;
        }
        if (BLOCK.has(name) && skipDepth === 0) flush();
        if (name === "article") {
          if (articleDepth === 0) currentArticle = articleCount++;
          articleDepth++;
        }
        if (name === "main") mainDepth++;
      },
      ontext(data) {
        if (inTitle) titleText += data;
        // Source line breaks are just spaces; only <br> and blocks break lines.
        else if (skipDepth === 0 && !stack.includes("head")) buffer += data.replace(/\s+/g, " ");
      },
      onclosetag(name, isImplied) {
        if (VOID.has(name)) return;
        // Pop back to the matching open tag; stray close tags are ignored.
        const at = stack.lastIndexOf(name);
        if (at < 0) return;
        while (stack.length > at) {
          const open = stack.pop() as string;
          closeOne(open);
        }
        void isImplied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  function closeOne(name: string) {
    if (name === "title") inTitle = false;
    if (SKIP.has(name)) {
      skipDepth = Math.max(0, skipDepth - 1);
      return;
    }
    if (skipDepth > 0) return;
    if (BLOCK.has(name)) flush();
    if (name === "article") articleDepth = Math.max(0, articleDepth - 1);
    if (name === "main") mainDepth = Math.max(0, mainDepth - 1);
  }

  parser.write(html);
  parser.end();
  flush();

  const first = (keys: string[]) => {
    for (const k of keys) {
      const value = meta.get(k);
      if (value) return value;
    }
    return null;
  };
  const author = first(AUTHOR_KEYS);
  return {
    title: clean(first(TITLE_KEYS) ?? titleText),
    outlet: clean(first(OUTLET_KEYS)),
    url: clean(first(URL_KEYS) ?? canonical),
    publishedAt: isoDayOf(first(DATE_KEYS) ?? timeDatetime),
    byline: author && !/^https?:/i.test(author) ? clean(author) : null,
    text: mainText(paragraphs),
  };
}

function clean(value: string | null): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

/** The longest <article>, else <main>, else everything left in the body. */
function mainText(paragraphs: readonly Paragraph[]): string {
  const byArticle = new Map<number, Paragraph[]>();
  for (const p of paragraphs) {
    if (p.article < 0) continue;
    byArticle.set(p.article, [...(byArticle.get(p.article) ?? []), p]);
  }
  const length = (ps: readonly Paragraph[]) => ps.reduce((n, p) => n + p.text.length, 0);
  let best: Paragraph[] = [];
  for (const ps of byArticle.values()) if (length(ps) > length(best)) best = ps;
  const chosen =
    best.length > 0 ? best : paragraphs.some((p) => p.main) ? paragraphs.filter((p) => p.main) : paragraphs;
  return chosen.map((p) => p.text).join("\n\n");
}
