import type { EventDate } from "../event-date.ts";
import { type EventKind, KIND_CLASS } from "../vocabulary.ts";

/**
 * The resolution block of a telling: kind class, attacker key and date as told ("2024-05-14", or "2024-05" for a
 * month). Only tellings of one block can be one event, so a block is re-resolved whole and alone. Day-dated tellings
 * meet only tellings of that same day; a vague date (a month, a year) is its own window, shared with tellings as
 * vague about the same period. Null without an attacker or a date: such a telling stays an event of its own.
 */
export function blockKey(m: { kind: EventKind; date: EventDate | null; attackerKey: string | null }): string | null {
  if (!m.date || !m.attackerKey) return null;
  return `${KIND_CLASS[m.kind]}|${m.attackerKey}|${m.date.value}`;
}
