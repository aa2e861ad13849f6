import type { Span } from "@deconflict/domain";
import { type DateHit, findDates } from "../dates/find-dates.ts";
import { type ActorHit, findActors } from "../lexicon/match-actors.ts";
import { findNamedPlaces } from "../lexicon/named-places.ts";
import { findPlaces, type PlaceHit } from "../lexicon/places.ts";
import type { AnalysedSentence } from "../linguistic/index.ts";

/** One sentence with what the lexicons find in it; offsets inside are relative to `start`. */
export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  actors: ActorHit[];
  places: PlaceHit[];
  dates: DateHit[];
  /** Tokens and chunks, once the sentence has been tagged (only sentences that tell an attack are). */
  analysed?: AnalysedSentence;
}

export function readSentence(
  text: string,
  lower: string,
  span: Span,
  index: number,
  publishedAt: string | null,
  lowerMode: boolean,
): SentenceInfo {
  const s = text.slice(span.start, span.end);
  const l = lower.slice(span.start, span.end);
  return {
    index,
    start: span.start,
    end: span.end,
    text: s,
    lower: l,
    actors: findActors(l, s, lowerMode),
    places: withNamedPlaces(findPlaces(l), findNamedPlaces(l, s, lowerMode)),
    dates: withoutDateline(l, findDates(s, publishedAt)),
  };
}

// "MOGADISHU, Aug 10 (Horn Observer) —": the filing date, not the date of anything told.
const DATELINE =
  /^\s*[a-z][a-z .'’-]{1,40}(?:,\s*[a-z][a-z .'’-]{1,30})?,\s*[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*(?:\([^)]{0,40}\))?\s*[-–—]/;

function withoutDateline(lower: string, dates: DateHit[]): DateHit[] {
  const m = DATELINE.exec(lower);
  return m ? dates.filter((d) => d.start >= m[0].length) : dates;
}

// A gazetteer hit wins over the same name read off its frame; the rest join in text order.
function withNamedPlaces(known: PlaceHit[], named: PlaceHit[]): PlaceHit[] {
  if (!named.length) return known;
  const extra = named.filter((n) => !known.some((k) => k.start < n.end && n.start < k.end));
  return [...known, ...extra].sort((a, b) => a.start - b.start);
}
