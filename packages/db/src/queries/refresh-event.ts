import { corroborationGrade, dateBounds } from "@deconflict/domain/resolution";
import { eq, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { lockEventRow, rows } from "../dialect.ts";
import { claims, eventMentions, events } from "../schema/index.ts";
import { toEventDate } from "./row-mappers.ts";

const m = eventMentions;
// day before month before year.
const precisionRank = sql`CASE ${m.datePrecision} WHEN 'day' THEN 0 WHEN 'month' THEN 1 ELSE 2 END`;
const canonical = sql`${m.canonKey}, ${m.id}`;

/** The event's first telling (canonical order, or `order` first) that has `present`: one column of it. */
function firstOf(eventId: number, column: SQLWrapper, present: SQL | null, order: SQL = canonical): SQL {
  const where = present ? sql`${m.eventId} = ${eventId} AND ${present} IS NOT NULL` : sql`${m.eventId} = ${eventId}`;
  return sql`(SELECT ${column} FROM ${m} WHERE ${where} ORDER BY ${order} LIMIT 1)`;
}

interface Summary {
  mentions: unknown;
  sources: unknown;
  outlets: unknown;
  kind: string | null;
  date: string | null;
  precision: string | null;
  location: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: string | null;
  eventType: string | null;
  subEventType: string | null;
  attackerKey: string | null;
  attackerName: string | null;
  attackerSide: string | null;
  targetKey: string | null;
  targetName: string | null;
  targetSide: string | null;
  contested: unknown;
}

/**
 * Everything an event is made of, read from its tellings in one statement over the event's index (no rows pulled
 * into JS, however many tellings): a statement a field, as this once was, made the writer's cost per article.
 */
async function summarise(conn: Conn, eventId: number): Promise<Summary | undefined> {
  const dated = (c: SQLWrapper) => firstOf(eventId, c, sql`${m.date}`, sql`${precisionRank}, ${canonical}`);
  const located = (c: SQLWrapper) => firstOf(eventId, c, sql`${m.location}`);
  const typed = (c: SQLWrapper) => firstOf(eventId, c, sql`${m.eventType}`);
  const attacked = (c: SQLWrapper) => firstOf(eventId, c, sql`${m.attackerKey}`);
  const targeted = (c: SQLWrapper) => firstOf(eventId, c, sql`${m.targetKey}`);
  const [row] = await rows<Summary>(
    conn,
    sql`SELECT count(*) AS mentions, count(DISTINCT ${m.sourceId}) AS sources,
      count(DISTINCT ${m.outletKey}) AS outlets,
      ${firstOf(eventId, m.kind, null)} AS kind,
      ${dated(m.date)} AS date, ${dated(m.datePrecision)} AS precision,
      ${located(m.location)} AS location, ${located(m.lat)} AS lat, ${located(m.lon)} AS lon,
      ${located(m.geoPrecision)} AS "geoPrecision",
      ${typed(m.eventType)} AS "eventType", ${typed(m.subEventType)} AS "subEventType",
      ${attacked(m.attackerKey)} AS "attackerKey", ${attacked(m.attackerName)} AS "attackerName",
      ${attacked(m.attackerSide)} AS "attackerSide",
      ${targeted(m.targetKey)} AS "targetKey", ${targeted(m.targetName)} AS "targetName",
      ${targeted(m.targetSide)} AS "targetSide",
      (SELECT count(*) FROM ${claims} WHERE ${claims.eventId} = ${eventId} AND ${claims.stance} = 'contests')
        AS contested
    FROM ${m} WHERE ${m.eventId} = ${eventId}`,
  );
  return row;
}

/** Dispute flags of the event's block, set with the refresh (one write). */
export interface EventFlags {
  placeDisputed: boolean;
  tollDisputed: boolean;
}

/**
 * Recomputes an event from all its mentions, in SQL over the event's index: the most precise date, the first
 * mention's kind and first known location, attacker and target, source and outlet counts, grade. "First" is in
 * canonical order (content hash, ordinal), so the same tellings give the same event whatever order they were
 * ingested in. Deletes the event when no mention is left. Returns whether it survives.
 */
export async function refreshEvent(conn: Conn, eventId: number, flags?: EventFlags): Promise<boolean> {
  await lockEventRow(conn, eventId);
  const s = await summarise(conn, eventId);
  if (!s || Number(s.mentions) === 0) {
    await conn.update(claims).set({ eventId: null }).where(eq(claims.eventId, eventId));
    await conn.delete(events).where(eq(events.id, eventId));
    return false;
  }
  const date = toEventDate(s.date, s.precision);
  const bounds = date ? dateBounds(date) : null;
  const outlets = Number(s.outlets);
  await conn
    .update(events)
    .set({
      kind: s.kind ?? "other-attack",
      date: date?.value ?? null,
      datePrecision: date?.precision ?? null,
      dateFrom: bounds?.from ?? null,
      dateTo: bounds?.to ?? null,
      location: s.location,
      lat: s.lat === null ? null : Number(s.lat),
      lon: s.lon === null ? null : Number(s.lon),
      geoPrecision: s.geoPrecision,
      eventType: s.eventType,
      subEventType: s.subEventType,
      attackerKey: s.attackerKey,
      attackerName: s.attackerName,
      attackerSide: s.attackerSide,
      targetKey: s.targetKey,
      targetName: s.targetName,
      targetSide: s.targetSide,
      sourceCount: Number(s.sources),
      outletCount: outlets,
      grade: corroborationGrade(outlets, Number(s.contested) > 0),
      ...flags,
    })
    .where(eq(events.id, eventId));
  return true;
}
