import { DATE_PRECISIONS } from "@deconflict/domain";
import { corroborationGrade, dateBounds } from "@deconflict/domain/resolution";
import { and, eq } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { claims, eventMentions, events, sources } from "../schema/index.ts";
import { toEventDate } from "./row-mappers.ts";

type MentionRow = {
  id: number;
  sourceId: number;
  outlet: string | null;
  kind: string;
  date: string | null;
  datePrecision: string | null;
  location: string | null;
  attackerKey: string | null;
  attackerName: string | null;
  attackerSide: string | null;
  targetKey: string | null;
  targetName: string | null;
  targetSide: string | null;
};

/**
 * Recomputes an event from its mentions: most precise date, commonest location, attacker and target,
 * source and outlet counts, grade. Deletes the event when no mention is left. Returns whether it survives.
 */
export async function refreshEvent(conn: Conn, eventId: number): Promise<boolean> {
  const mentions: MentionRow[] = await conn
    .select({
      id: eventMentions.id,
      sourceId: eventMentions.sourceId,
      outlet: sources.outlet,
      kind: eventMentions.kind,
      date: eventMentions.date,
      datePrecision: eventMentions.datePrecision,
      location: eventMentions.location,
      attackerKey: eventMentions.attackerKey,
      attackerName: eventMentions.attackerName,
      attackerSide: eventMentions.attackerSide,
      targetKey: eventMentions.targetKey,
      targetName: eventMentions.targetName,
      targetSide: eventMentions.targetSide,
    })
    .from(eventMentions)
    .innerJoin(sources, eq(sources.id, eventMentions.sourceId))
    .where(eq(eventMentions.eventId, eventId))
    .orderBy(eventMentions.id);
  if (mentions.length === 0) {
    await conn.update(claims).set({ eventId: null }).where(eq(claims.eventId, eventId));
    await conn.delete(events).where(eq(events.id, eventId));
    return false;
  }
  const contested = await conn
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.eventId, eventId), eq(claims.stance, "contests")))
    .limit(1);
  await conn
    .update(events)
    .set(eventFields(mentions, contested.length > 0))
    .where(eq(events.id, eventId));
  return true;
}

/** The event columns its mentions imply. */
export function eventFields(mentions: readonly MentionRow[], contested: boolean) {
  const kind = commonest(mentions, (m) => m.kind) ?? mentions[0]?.kind ?? "other-attack";
  const dated = mostPrecise(mentions);
  const date = dated ? toEventDate(dated.date, dated.datePrecision) : null;
  const bounds = date ? dateBounds(date) : null;
  const attacker = pickBy(mentions, (m) => m.attackerKey);
  const target = pickBy(mentions, (m) => m.targetKey);
  const sourceCount = new Set(mentions.map((m) => m.sourceId)).size;
  // A source without an outlet is its own outlet: it cannot be shown to repeat another.
  const outletCount = new Set(
    mentions.map((m) => (m.outlet ? `o:${m.outlet.trim().toLowerCase()}` : `s:${m.sourceId}`)),
  ).size;
  return {
    kind,
    date: date?.value ?? null,
    datePrecision: date?.precision ?? null,
    dateFrom: bounds?.from ?? null,
    dateTo: bounds?.to ?? null,
    location: commonest(mentions, (m) => m.location),
    attackerKey: attacker?.attackerKey ?? null,
    attackerName: attacker?.attackerName ?? null,
    attackerSide: attacker?.attackerSide ?? null,
    targetKey: target?.targetKey ?? null,
    targetName: target?.targetName ?? null,
    targetSide: target?.targetSide ?? null,
    sourceCount,
    outletCount,
    grade: corroborationGrade(outletCount, contested),
  };
}

/** The commonest non-null value, the earliest mention winning ties. */
function commonest<T>(rows: readonly T[], key: (row: T) => string | null): string | null {
  return pickBy(rows, key) ? key(pickBy(rows, key) as T) : null;
}

/** The first row carrying the commonest non-null key. */
function pickBy<T>(rows: readonly T[], key: (row: T) => string | null): T | null {
  const counts = new Map<string, { n: number; row: T }>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const seen = counts.get(k);
    if (seen) seen.n++;
    else counts.set(k, { n: 1, row });
  }
  let best: { n: number; row: T } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.row ?? null;
}

/** The mention with the most precise date; the commonest date among those, then the earliest. */
function mostPrecise(mentions: readonly MentionRow[]): MentionRow | null {
  for (const precision of DATE_PRECISIONS) {
    const atPrecision = mentions.filter((m) => m.date !== null && m.datePrecision === precision);
    if (atPrecision.length > 0) return pickBy(atPrecision, (m) => m.date);
  }
  return null;
}
