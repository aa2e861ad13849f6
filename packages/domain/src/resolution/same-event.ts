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
  /** The target's side, when known: two names of one side ("Iran-backed militias", "pro-regime forces") agree. */
  targetSide?: string | null;
  /** Sources already telling the event: an article's own mentions are distinct events by construction. */
  sourceIds?: readonly string[];
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

// Targets named by a place or thing ("site:the base") vary between outlets and never rule a match out.
const SITE_PREFIX = "site:";

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

/**
 * Day against day: within a day. Otherwise one range must hold the other: "in April" (month) is the same
 * time as "April 6" (day), and "last year" as any day of that year.
 */
export function datesCompatible(a: EventDate, b: EventDate): boolean {
  const ba = dateBounds(a);
  const bb = dateBounds(b);
  if (a.precision === "day" && b.precision === "day") {
    return Math.abs(Date.parse(ba.from) - Date.parse(bb.from)) <= DAY_SLACK * 86_400_000;
  }
  return ba.from <= bb.to && bb.from <= ba.to;
}

// "Civilians" is how one side tells a strike the other tells as on its enemy: it contradicts nothing.
function blocks(targetKey: string): boolean {
  return !targetKey.startsWith(SITE_PREFIX) && targetKey !== "civilians";
}

/** Targets agree unless both are actors of different keys and different sides. */
export function targetsCompatible(
  mentionTarget: { key: string; side: string | null } | null,
  eventKey: string | null,
  eventSide: string | null | undefined,
): boolean {
  if (!mentionTarget || eventKey === null) return true;
  if (!blocks(mentionTarget.key) || !blocks(eventKey)) return true;
  if (mentionTarget.key === eventKey) return true;
  return !!eventSide && mentionTarget.side === eventSide;
}

/**
 * Two tellings are one event when kind class, date and attacker agree and the targets do not contradict.
 * Attacker keys come from the actor lexicon, so "US-led coalition", "Operation Inherent Resolve" and
 * "the United States" are one key. Pass `sourceId` to keep an article's own mentions apart.
 */
export function isSameEvent(mention: EventMention, event: EventKeyFields, sourceId?: string): boolean {
  if (sourceId !== undefined && event.sourceIds?.includes(sourceId)) return false;
  if (KIND_CLASS[mention.kind] !== event.kindClass) return false;
  if (!mention.date || !event.date || !datesCompatible(mention.date, event.date)) return false;
  if (!mention.attacker || mention.attacker.key !== event.attackerKey) return false;
  return targetsCompatible(mention.target, event.targetKey, event.targetSide);
}
