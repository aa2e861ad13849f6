import { corroborationGrade, dateBounds } from "@deconflict/domain/resolution";
import { and, asc, count, countDistinct, eq, isNotNull, sql } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { claims, eventMentions, events } from "../schema/index.ts";
import { toEventDate } from "./row-mappers.ts";

// day before month before year.
const precisionRank = sql`CASE ${eventMentions.datePrecision} WHEN 'day' THEN 0 WHEN 'month' THEN 1 ELSE 2 END`;

/**
 * Recomputes an event from all its mentions, in SQL over the event's index (no rows pulled into JS):
 * the most precise date, the first mention's kind and first known location, attacker and target, source and outlet
 * counts, grade. "First" is in canonical order (content hash, ordinal), so the same tellings give the same event
 * whatever order they were ingested in. Deletes the event when no mention is left. Returns whether it survives.
 */
export async function refreshEvent(conn: Conn, eventId: number): Promise<boolean> {
  const ofEvent = eq(eventMentions.eventId, eventId);
  const [counts] = await conn
    .select({
      mentions: count(),
      sources: countDistinct(eventMentions.sourceId),
      outlets: countDistinct(eventMentions.outletKey),
    })
    .from(eventMentions)
    .where(ofEvent);
  if (!counts || counts.mentions === 0) {
    await conn.update(claims).set({ eventId: null }).where(eq(claims.eventId, eventId));
    await conn.delete(events).where(eq(events.id, eventId));
    return false;
  }
  const first = <T extends Record<string, unknown>>(rows: T[]) => rows[0] ?? null;
  const earliest = first(
    await conn
      .select({ kind: eventMentions.kind })
      .from(eventMentions)
      .where(ofEvent)
      .orderBy(asc(eventMentions.canonKey), asc(eventMentions.id))
      .limit(1),
  );
  const dated = first(
    await conn
      .select({ date: eventMentions.date, precision: eventMentions.datePrecision })
      .from(eventMentions)
      .where(and(ofEvent, isNotNull(eventMentions.date)))
      .orderBy(precisionRank, asc(eventMentions.canonKey), asc(eventMentions.id))
      .limit(1),
  );
  const located = first(
    await conn
      .select({
        location: eventMentions.location,
        lat: eventMentions.lat,
        lon: eventMentions.lon,
        geoPrecision: eventMentions.geoPrecision,
      })
      .from(eventMentions)
      .where(and(ofEvent, isNotNull(eventMentions.location)))
      .orderBy(asc(eventMentions.canonKey), asc(eventMentions.id))
      .limit(1),
  );
  const typed = first(
    await conn
      .select({ eventType: eventMentions.eventType, subEventType: eventMentions.subEventType })
      .from(eventMentions)
      .where(and(ofEvent, isNotNull(eventMentions.eventType)))
      .orderBy(asc(eventMentions.canonKey), asc(eventMentions.id))
      .limit(1),
  );
  const attacker = first(
    await conn
      .select({ key: eventMentions.attackerKey, name: eventMentions.attackerName, side: eventMentions.attackerSide })
      .from(eventMentions)
      .where(and(ofEvent, isNotNull(eventMentions.attackerKey)))
      .orderBy(asc(eventMentions.canonKey), asc(eventMentions.id))
      .limit(1),
  );
  const target = first(
    await conn
      .select({ key: eventMentions.targetKey, name: eventMentions.targetName, side: eventMentions.targetSide })
      .from(eventMentions)
      .where(and(ofEvent, isNotNull(eventMentions.targetKey)))
      .orderBy(asc(eventMentions.canonKey), asc(eventMentions.id))
      .limit(1),
  );
  const contested = await conn
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.eventId, eventId), eq(claims.stance, "contests")))
    .limit(1);
  const date = dated ? toEventDate(dated.date, dated.precision) : null;
  const bounds = date ? dateBounds(date) : null;
  await conn
    .update(events)
    .set({
      kind: earliest?.kind ?? "other-attack",
      date: date?.value ?? null,
      datePrecision: date?.precision ?? null,
      dateFrom: bounds?.from ?? null,
      dateTo: bounds?.to ?? null,
      location: located?.location ?? null,
      lat: located?.lat ?? null,
      lon: located?.lon ?? null,
      geoPrecision: located?.geoPrecision ?? null,
      eventType: typed?.eventType ?? null,
      subEventType: typed?.subEventType ?? null,
      attackerKey: attacker?.key ?? null,
      attackerName: attacker?.name ?? null,
      attackerSide: attacker?.side ?? null,
      targetKey: target?.key ?? null,
      targetName: target?.name ?? null,
      targetSide: target?.side ?? null,
      sourceCount: counts.sources,
      outletCount: counts.outlets,
      grade: corroborationGrade(counts.outlets, contested.length > 0),
    })
    .where(eq(events.id, eventId));
  return true;
}
