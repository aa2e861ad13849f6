import { parseFeed } from "feedsmith";
import { isoDayOf } from "../read/dates.ts";
import { ReadError } from "../read/errors.ts";
import { cleanText } from "../read/html/block-text.ts";

export interface FeedItem {
  /** The item's page; null when the feed gives none (reported, never fetched). */
  link: string | null;
  /** What identifies the item across polls: its guid or id, else its link. */
  key: string;
  title: string | null;
  /** The feed's date for the item, an ISO day: a fallback when the page carries none. */
  publishedAt: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom, through feedsmith; anything else is one clear ReadError. */
export function parseFeedText(xml: string, base: string | null): Feed {
  if (!/^\s*(<\?xml|<!--|<rss|<feed|<rdf:RDF|<!DOCTYPE\s+(rss|feed))/i.test(xml.replace(/^\uFEFF/, "")))
    throw new ReadError("not-a-feed", "not a feed: the document is not RSS or Atom XML");
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (e) {
    throw new ReadError("not-a-feed", `not a feed: ${(e as Error).message || "neither RSS nor Atom"}`);
  }
  if (parsed.format === "json")
    throw new ReadError("not-a-feed", "not a feed: JSON Feed is not read, only RSS and Atom");
  if (parsed.format === "atom") {
    const feed = parsed.feed;
    return {
      title: textOf(feed.title),
      items: (feed.entries ?? []).map((e, i) => {
        const links = e.links ?? [];
        const alternate = links.find((l) => !l.rel || l.rel === "alternate") ?? links[0];
        const link = absolute(alternate?.href, base);
        return {
          link,
          key: e.id ?? link ?? `#${i + 1}`,
          title: textOf(e.title),
          publishedAt: dayOf(e.published ?? e.updated),
        };
      }),
    };
  }
  const feed = parsed.feed;
  return {
    title: cleanText(feed.title),
    items: (feed.items ?? []).map((item, i) => {
      const guid = (item as { guid?: { value?: string; isPermaLink?: boolean } }).guid;
      const permalink = guid?.isPermaLink !== false && /^https?:/i.test(guid?.value ?? "") ? guid?.value : undefined;
      const link = absolute(item.link ?? permalink ?? (item as { rdf?: { about?: string } }).rdf?.about, base);
      const dates = (item as { pubDate?: string; dc?: { dates?: string[]; date?: string } }).pubDate
        ? [(item as { pubDate?: string }).pubDate]
        : ((item as { dc?: { dates?: string[] } }).dc?.dates ?? []);
      return {
        link,
        key: guid?.value ?? link ?? `#${i + 1}`,
        title: cleanText(item.title),
        publishedAt: dayOf(dates[0]),
      };
    }),
  };
}

function dayOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return typeof value === "string" ? isoDayOf(value) : null;
}

function textOf(value: unknown): string | null {
  if (typeof value === "string") return cleanText(value);
  if (value && typeof value === "object" && "value" in value)
    return cleanText(String((value as { value: unknown }).value));
  return null;
}

function absolute(href: string | undefined, base: string | null): string | null {
  const raw = href?.trim();
  if (!raw) return null;
  try {
    return new URL(raw, base ?? undefined).href;
  } catch {
    return raw;
  }
}
