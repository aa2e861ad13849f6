import type { EventMention } from "../event.ts";
import type { EventDate } from "../event-date.ts";
import { KIND_CLASS, type KindClass } from "../vocabulary.ts";
import { addDays, dateBounds } from "./date-bounds.ts";

/** What resolution needs to know of a stored event. */
export interface EventKeyFields {
  kindClass: KindClass;
  date: EventDate | null;
  attackerKey: string | null;
  targetKey: string | null;
}

/** The indexed look-up that finds candidate events for a mention: no scan of everything. */
export interface CandidateWindow {
  kindClass: KindClass;
  attackerKey: string;
  from: string;
  to: string;
}

// Day-precise tellings of one event differ by up to a day (time zones, "overnight").
const DAY_SLACK = 1;

export function candidateWindow(mention: EventMention): CandidateWindow | null {
  if (!mention.date || !mention.attacker) return null;
  const { from, to } = dateBounds(mention.date);
  return {
    kindClass: KIND_CLASS[mention.kind],
    attackerKey: mention.attacker.key,
    from: addDays(from, -DAY_SLACK),
    to: addDays(to, DAY_SLACK),
  };
}

function datesCompatible(a: EventDate, b: EventDate): boolean {
  const ba = dateBounds(a);
  const bb = dateBounds(b);
  if (a.precision === "day" && b.precision === "day") {
    return Math.abs(Date.parse(ba.from) - Date.parse(bb.from)) <= DAY_SLACK * 86_400_000;
  }
  return ba.from <= bb.to && bb.from <= ba.to;
}

/** Two tellings are one event when kind class, date and actors agree. */
export function isSameEvent(mention: EventMention, event: EventKeyFields): boolean {
  if (KIND_CLASS[mention.kind] !== event.kindClass) return false;
  if (!mention.date || !event.date || !datesCompatible(mention.date, event.date)) return false;
  if (!mention.attacker || mention.attacker.key !== event.attackerKey) return false;
  const targetKey = mention.target?.key ?? null;
  return targetKey === null || event.targetKey === null || targetKey === event.targetKey;
}
