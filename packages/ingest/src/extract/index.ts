import type { Article, Claim, EventMention, Extraction, Span } from "@deconflict/domain";
import { extractClaims } from "./claims/index.ts";
import { ArticleEvents, type PlaceContext } from "./events/article.ts";
import { readSentence } from "./events/sentence.ts";
import { articleCountries, datelinePlace } from "./geo/index.ts";
import { casingOf } from "./linguistic/index.ts";
import { cleanArticle } from "./text/clean.ts";
import { plainDateline } from "./text/dateline.ts";
import { isLowerCased, lowerSameLength } from "./text/lower.ts";
import { sentenceSpans } from "./text/sentences.ts";
import { EXTRACTOR_VERSION } from "./version.ts";

export { EXTRACTOR_VERSION };

/** Article in, domain objects with provenance out. Never throws; every span lies inside `text`. */
export function extractArticle(article: Article): Extraction {
  let text = "";
  let title = article.title;
  let byline: string | null = null;
  let publishedAt = article.publishedAt;
  try {
    const cleaned = cleanArticle(String(article.text ?? ""), article.title);
    text = cleaned.text;
    title ??= cleaned.title;
    byline = cleaned.byline;
    publishedAt ??= cleaned.publishedAt;
  } catch {
    text = String(article.text ?? "");
  }
  const base: Extraction = {
    extractorVersion: EXTRACTOR_VERSION,
    text,
    title,
    byline,
    publishedAt,
    mentions: [],
    claims: [],
  };
  let sentences: Span[] = [];
  try {
    sentences = sentenceSpans(text);
    base.mentions = extractMentions(text, sentences, publishedAt);
  } catch {
    base.mentions = [];
  }
  base.claims = safeClaims(text, sentences, base.mentions, publishedAt);
  return keepInside(base);
}

function extractMentions(text: string, sentences: readonly Span[], publishedAt: string | null): EventMention[] {
  const lower = lowerSameLength(text);
  // All-caps wire copy says no more about names than lower-cased copy: context decides in both.
  const lowerMode = isLowerCased(text) || casingOf(text, 0, Math.min(text.length, 20_000)) === "upper";
  const events = new ArticleEvents(publishedAt, placeContext(text));
  sentences.forEach((span, i) => {
    events.read(readSentence(text, lower, span, i, publishedAt, lowerMode));
  });
  return events.mentions();
}

// The countries the article is about and its dateline: what the gazetteer needs to place an event.
function placeContext(text: string): PlaceContext {
  try {
    return { countries: articleCountries(text), dateline: datelinePlace(text) ?? plainDateline(text) };
  } catch {
    return { countries: [], dateline: plainDateline(text) };
  }
}

function safeClaims(
  text: string,
  sentences: readonly Span[],
  mentions: readonly EventMention[],
  publishedAt: string | null,
): Claim[] {
  try {
    return extractClaims({ text, sentences, mentions, publishedAt });
  } catch {
    return [];
  }
}

// The contract is that every span lies inside the text: anything else is dropped, never emitted.
function keepInside(x: Extraction): Extraction {
  const n = x.text.length;
  const ok = (s: Span) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n;
  x.mentions = x.mentions
    .filter((m) => ok(m.span))
    .map((m) => ({
      ...m,
      forces: m.forces.filter((f) => ok(f.span)),
      casualties: m.casualties.filter((c) => ok(c.span)),
      escalation: m.escalation.filter((e) => ok(e.span)),
    }));
  x.claims = x.claims
    .filter((c) => ok(c.span) && (c.mentionIndex === null || c.mentionIndex < x.mentions.length))
    .map((c) => (c.cue && !ok(c.cue) ? { ...c, cue: null } : c));
  return x;
}
