import type { Span } from "@deconflict/domain";
import { type DateHit, findDates } from "../dates/find-dates.ts";
import { type ActorHit, findActors } from "../lexicon/match-actors.ts";
import { findPlaces, type PlaceHit } from "../lexicon/places.ts";

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
    places: findPlaces(l),
    dates: findDates(s, publishedAt),
  };
}
