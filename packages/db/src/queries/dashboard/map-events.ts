import { and, count, desc, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { casualties, events } from "../../schema/index.ts";
import { type EventFilter, eventWhere } from "./filter.ts";

export interface MapEvent {
  id: number;
  lat: number;
  lon: number;
  /** "place", "region" or "country": how far the point can be trusted. */
  precision: string | null;
  kind: string;
  date: string | null;
  location: string | null;
  attacker: string | null;
  attackerKey: string | null;
  target: string | null;
  targetKey: string | null;
  grade: string;
  /** Killed and wounded, each merged over the event's sources (lowest low, highest high); null when none reported. */
  killed: { low: number; high: number | null } | null;
  wounded: { low: number; high: number | null } | null;
}

export interface MapData {
  /** The located events, at most `limit`, the most recent first. */
  events: MapEvent[];
  /** How many matching events have coordinates, shown or not. */
  located: number;
  /** How many matching events have no known place. */
  unlocated: number;
}

/** The filtered events that have coordinates, for the map, plus how many have none. */
export async function mapEvents(db: Db, filter: EventFilter = {}, limit = 2000): Promise<MapData> {
  const where = eventWhere(filter);
  const hasPlace = and(isNotNull(events.lat), isNotNull(events.lon));
  const [counts] = await db
    .select({
      located: sql<number>`coalesce(sum(${hasPlace}), 0)`,
      all: count(),
    })
    .from(events)
    .where(where);
  const located = Number(counts?.located ?? 0);
  const unlocated = (counts?.all ?? 0) - located;
  if (located === 0) return { events: [], located, unlocated };
  const rows = await db
    .select({
      id: events.id,
      lat: events.lat,
      lon: events.lon,
      precision: events.geoPrecision,
      kind: events.kind,
      date: events.date,
      location: events.location,
      attacker: events.attackerName,
      attackerKey: events.attackerKey,
      target: events.targetName,
      targetKey: events.targetKey,
      grade: events.grade,
    })
    .from(events)
    .where(and(where, hasPlace))
    .orderBy(sql`${events.dateFrom} IS NULL`, desc(events.dateFrom), desc(events.id))
    .limit(limit);
  const hurt = await casualtiesOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    events: rows.map((r) => ({
      ...r,
      lat: r.lat as number,
      lon: r.lon as number,
      killed: hurt.get(`${r.id} killed`) ?? null,
      wounded: hurt.get(`${r.id} wounded`) ?? null,
    })),
    located,
    unlocated,
  };
}

// Casualty ranges merged per event and kind, as the event page merges them; a count-less report is "at least one".
async function casualtiesOf(db: Db, ids: number[]): Promise<Map<string, { low: number; high: number | null }>> {
  const out = new Map<string, { low: number; high: number | null }>();
  const known = or(isNotNull(casualties.countLow), isNotNull(casualties.countHigh));
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .select({
        eventId: casualties.eventId,
        kind: casualties.kind,
        low: sql<number | null>`min(CASE WHEN ${known} THEN coalesce(${casualties.countLow}, 0) END)`,
        high: sql<number | null>`max(${casualties.countHigh})`,
        open: sql<number>`max(${known} AND ${isNull(casualties.countHigh)})`,
      })
      .from(casualties)
      .where(inArray(casualties.eventId, ids.slice(i, i + 500)))
      .groupBy(casualties.eventId, casualties.kind);
    for (const r of rows) {
      const low = r.low === null ? 1 : Number(r.low);
      const high = r.low === null || Number(r.open) > 0 || r.high === null ? null : Math.max(low, Number(r.high));
      out.set(`${r.eventId} ${r.kind}`, { low, high });
    }
  }
  return out;
}
