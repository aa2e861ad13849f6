import { isoDayOf } from "../dates.ts";
import { cleanText } from "./block-text.ts";
import { jsonLdArticle } from "./json-ld.ts";
import { titleWithoutOutlet } from "./title.ts";

export interface PageMeta {
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  byline: string | null;
}

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
const TITLE_KEYS = ["og:title", "twitter:title", "headline", "dc.title", "title"];
const OUTLET_KEYS = ["og:site_name", "application-name", "publisher", "dc.publisher"];
const URL_KEYS = ["og:url"];
const AUTHOR_KEYS = ["author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"];

/**
 * The page's own metadata, each field by priority: JSON-LD NewsArticle, then OpenGraph and other <meta> tags,
 * then <time> and <title>. What the text itself says comes later, in the extractor.
 */
export function pageMeta(document: Document): PageMeta {
  const meta = metaTags(document);
  const first = (keys: readonly string[]) => {
    for (const k of keys) {
      const value = meta.get(k);
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdArticle(document);
  const outlet = ld?.publisher ?? first(OUTLET_KEYS);
  const author = ld?.author ?? first(AUTHOR_KEYS);
  const rawTitle = ld?.headline ?? first(TITLE_KEYS) ?? titleFromDocument(document);
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute("href") ?? null;
  return {
    title: rawTitle ? titleWithoutOutlet(rawTitle, outlet) : null,
    outlet: cleanText(outlet),
    url: cleanText(ld?.url ?? first(URL_KEYS) ?? canonical),
    publishedAt: isoDayOf(ld?.datePublished) ?? isoDayOf(first(DATE_KEYS)) ?? isoDayOf(timeDatetime(document)),
    byline: author && !/^https?:/i.test(author) ? cleanText(author.replace(/^by\s+/i, "")) : null,
  };
}

function metaTags(document: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of document.querySelectorAll("meta")) {
    const key = el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop");
    const value = el.getAttribute("content")?.trim();
    const k = key?.trim().toLowerCase();
    if (k && value && !meta.has(k)) meta.set(k, value);
  }
  return meta;
}

/** A <time> marked as the publication time, else the first one inside the article, else null. */
function timeDatetime(document: Document): string | null {
  const marked = document.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime]');
  const inArticle = document.querySelector("article time[datetime], main time[datetime]");
  return (marked ?? inArticle)?.getAttribute("datetime") ?? null;
}

/** <title>, or the page's <h1> when the <title> holds it along with other words (a section, the site). */
function titleFromDocument(document: Document): string | null {
  const title = cleanText(document.querySelector("title")?.textContent);
  const h1s = [...document.querySelectorAll("h1")].map((h) => cleanText(h.textContent)).filter(Boolean) as string[];
  if (!title) return h1s.length === 1 ? (h1s[0] as string) : null;
  const h1 = h1s.find((h) => h.length >= 15 && title.toLowerCase().includes(h.toLowerCase()));
  return h1 ?? title;
}
