import { type EventMention, KIND_CLASS } from "@deconflict/domain";
import { addDays, candidateWindow, dateBounds, isSameEvent } from "@deconflict/domain/resolution";
import { and, between, eq, gte, inArray } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { events } from "../schema/index.ts";
import { geoColumns, toEventDate, toKindClass } from "./row-mappers.ts";

// A stored event's date spans at most a year, so its date_from lies within a year before the window.
const LONGEST_DATE_SPAN_DAYS = 366;

/**
 * The stored event this mention tells, found through the candidate index; null when none fits.
 * `taken` holds events the same article already tells: the extractor merged an article's own tellings of one
 * event, so two of its mentions are two events and must not fold into one stored event.
 */
export async function findSameEvent(
  conn: Conn,
  mention: EventMention,
  taken: ReadonlySet<number> = new Set(),
): Promise<number | null> {
  const window = candidateWindow(mention);
  if (!window) return null;
  const columns = {
    id: events.id,
    kindClass: events.kindClass,
    date: events.date,
    datePrecision: events.datePrecision,
    attackerKey: events.attackerKey,
    targetKey: events.targetKey,
  };
  const sameKeys = and(eq(events.kindClass, window.kindClass), eq(events.attackerKey, window.attackerKey));
  // Two narrow index ranges: events starting inside the window, and month- or year-dated events that started
  // up to a year earlier and may still cover it. Day-dated events of that earlier year are never read.
  const starting = await conn
    .select(columns)
    .from(events)
    .where(and(sameKeys, between(events.dateFrom, window.from, window.to)));
  const covering = await conn
    .select(columns)
    .from(events)
    .where(
      and(
        sameKeys,
        inArray(events.datePrecision, ["month", "year"]),
        between(events.dateFrom, addDays(window.from, -LONGEST_DATE_SPAN_DAYS), addDays(window.from, -1)),
        gte(events.dateTo, window.from),
      ),
    );
  const rows = [...starting, ...covering];
  const mentionDay = dateBounds(mention.date ?? { value: window.from, precision: "day" }).from;
  let best: { id: number; score: number } | null = null;
  for (const row of rows) {
    if (taken.has(row.id)) continue;
    const date = toEventDate(row.date, row.datePrecision);
    const fields = {
      kindClass: toKindClass(row.kindClass),
      date,
      attackerKey: row.attackerKey,
      targetKey: row.targetKey,
    };
    if (!isSameEvent(mention, fields)) continue;
    const score = matchScore(mention, fields.targetKey, date ? dateBounds(date).from : mentionDay, mentionDay);
    if (!best || score < best.score || (score === best.score && row.id < best.id)) best = { id: row.id, score };
  }
  return best?.id ?? null;
}

// Lower is better: an agreeing target first, then the nearest date.
function matchScore(mention: EventMention, targetKey: string | null, eventDay: string, mentionDay: string): number {
  const targetAgrees = mention.target !== null && mention.target.key === targetKey ? 0 : 1;
  const days = Math.abs(Date.parse(eventDay) - Date.parse(mentionDay)) / 86_400_000;
  return targetAgrees * 100_000 + days;
}

/** A new event seeded from one mention; refreshEvent fills in its counts and grade. */
export async function createEvent(conn: Conn, mention: EventMention): Promise<number> {
  const bounds = mention.date ? dateBounds(mention.date) : null;
  const [row] = await conn
    .insert(events)
    .values({
      kind: mention.kind,
      kindClass: KIND_CLASS[mention.kind],
      date: mention.date?.value ?? null,
      datePrecision: mention.date?.precision ?? null,
      dateFrom: bounds?.from ?? null,
      dateTo: bounds?.to ?? null,
      location: mention.location,
      ...geoColumns(mention.geo),
      eventType: mention.eventType,
      subEventType: mention.subEventType,
      attackerKey: mention.attacker?.key ?? null,
      attackerName: mention.attacker?.name ?? null,
      attackerSide: mention.attacker?.side ?? null,
      targetKey: mention.target?.key ?? null,
      targetName: mention.target?.name ?? null,
      targetSide: mention.target?.side ?? null,
      grade: "single-source",
    })
    .returning({ id: events.id });
  if (!row) throw new Error("inserting an event returned no id");
  return row.id;
}

/** The event a mention joins: the best stored match, or a new one. */
export async function resolveEvent(
  conn: Conn,
  mention: EventMention,
  taken: ReadonlySet<number> = new Set(),
): Promise<number> {
  return (await findSameEvent(conn, mention, taken)) ?? createEvent(conn, mention);
}
