import type { EventDate } from "../event-date.ts";
import { type EventKind, KIND_CLASS } from "../vocabulary.ts";
import { placeTokens } from "./place.ts";

/**
 * The resolution block of a telling: kind class, attacker key and date as told ("air|russia|2024-05-14"). Only
 * tellings of one block can be one event, so a block is re-resolved whole and alone. A day-dated telling meets only
 * tellings of that same day. A vague date (a month, a year) is its own window, shared only with tellings as vague
 * about that period AND naming the same place ("air|us-coalition|2017-04|at tanf"): a month or a year of a war
 * holds too many strikes to tell apart otherwise, and the block must stay small however long the war runs.
 * Null (an event of its own) without an attacker or a date, or for a vague date without a place.
 */
export function blockKey(m: {
  kind: EventKind;
  date: EventDate | null;
  attackerKey: string | null;
  location: string | null;
}): string | null {
  if (!m.date || !m.attackerKey) return null;
  const day = `${KIND_CLASS[m.kind]}|${m.attackerKey}|${m.date.value}`;
  if (m.date.precision === "day") return day;
  const place = m.location ? placeTokens(m.location).join(" ") : "";
  return place ? `${day}|${place}` : null;
}
