import { corroborationGrade, dateBounds } from "@deconflict/domain/resolution";
import { eq } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Conn } from "../client.ts";
import { lockEventRow } from "../dialect.ts";
import { claims, eventMentions, events } from "../schema/index.ts";
import { col, runWithOne, statementText, tbl, updateById } from "./hand-sql.ts";
import { toEventDate } from "./row-mappers.ts";

const m = eventMentions;

/**
 * Everything an event is made of, read from its tellings in one statement over the event's index (no rows pulled
 * into JS, however many tellings): a statement a field, as this once was, made the writer's cost per article.
 * Every `?` is the event's id.
 */
const SUMMARY = statementText(() => {
  const canonical = `${col(m.canonKey)}, ${col(m.id)}`;
  // day before month before year.
  const precisionRank = `CASE ${col(m.datePrecision)} WHEN 'day' THEN 0 WHEN 'month' THEN 1 ELSE 2 END`;
  // The event's first telling (canonical order, or `order` first) that has `present`: one column of it.
  const first = (column: SQLiteColumn, present: SQLiteColumn | null, order = canonical) =>
    `(SELECT ${col(column)} FROM ${tbl(m)} WHERE ${col(m.eventId)} = ?` +
    `${present ? ` AND ${col(present)} IS NOT NULL` : ""} ORDER BY ${order} LIMIT 1)`;
  const dated = (c: SQLiteColumn) => first(c, m.date, `${precisionRank}, ${canonical}`);
  const located = (c: SQLiteColumn) => first(c, m.location);
  const typed = (c: SQLiteColumn) => first(c, m.eventType);
  const attacked = (c: SQLiteColumn) => first(c, m.attackerKey);
  const targeted = (c: SQLiteColumn) => first(c, m.targetKey);
  return `SELECT count(*) AS mentions, count(DISTINCT ${col(m.sourceId)}) AS sources,
    count(DISTINCT ${col(m.outletKey)}) AS outlets, ${first(m.kind, null)} AS kind,
    ${dated(m.date)} AS date, ${dated(m.datePrecision)} AS precision,
    ${located(m.location)} AS location, ${located(m.lat)} AS lat, ${located(m.lon)} AS lon,
    ${located(m.geoPrecision)} AS "geoPrecision",
    ${typed(m.eventType)} AS "eventType", ${typed(m.subEventType)} AS "subEventType",
    ${attacked(m.attackerKey)} AS "attackerKey", ${attacked(m.attackerName)} AS "attackerName",
    ${attacked(m.attackerSide)} AS "attackerSide",
    ${targeted(m.targetKey)} AS "targetKey", ${targeted(m.targetName)} AS "targetName",
    ${targeted(m.targetSide)} AS "targetSide",
    (SELECT count(*) FROM ${tbl(claims)} WHERE ${col(claims.eventId)} = ? AND ${col(claims.stance)} = 'contests')
      AS contested
  FROM ${tbl(m)} WHERE ${col(m.eventId)} = ?`;
});

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

async function summarise(conn: Conn, eventId: number): Promise<Summary | undefined> {
  const [row] = await runWithOne(conn, SUMMARY(), eventId);
  return row as Summary | undefined;
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
  await updateById(conn, events, eventId, {
    kind: s.kind ?? "other-attack",
    date: date?.value ?? null,
    datePrecision: date?.precision ?? null,
    dateFrom: bounds?.from ?? null,
    dateTo: bounds?.to ?? null,
    location: s.location ?? null,
    lat: s.lat == null ? null : Number(s.lat),
    lon: s.lon == null ? null : Number(s.lon),
    geoPrecision: s.geoPrecision ?? null,
    eventType: s.eventType ?? null,
    subEventType: s.subEventType ?? null,
    attackerKey: s.attackerKey ?? null,
    attackerName: s.attackerName ?? null,
    attackerSide: s.attackerSide ?? null,
    targetKey: s.targetKey ?? null,
    targetName: s.targetName ?? null,
    targetSide: s.targetSide ?? null,
    sourceCount: Number(s.sources),
    outletCount: outlets,
    grade: corroborationGrade(outlets, Number(s.contested) > 0),
    ...flags,
  });
  return true;
}
