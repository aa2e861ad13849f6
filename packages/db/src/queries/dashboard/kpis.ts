import { count, countDistinct, eq, inArray } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { countWhere } from "../../dialect.ts";
import { claims, eventMentions, events, sources } from "../../schema/index.ts";
import { type EventFilter, eventWhere, isEmptyFilter, STRIKE_KINDS } from "./filter.ts";

export interface Kpis {
  events: number;
  strikes: number;
  sources: number;
  claims: number;
  contestedClaims: number;
}

/** Headline counts; with a filter, sources and claims are those tied to the filtered events. */
export async function kpis(db: Db, filter: EventFilter = {}): Promise<Kpis> {
  const where = eventWhere(filter);
  const [ev] = await db
    .select({
      events: count(),
      strikes: countWhere(inArray(events.kind, [...STRIKE_KINDS])),
    })
    .from(events)
    .where(where);
  if (isEmptyFilter(filter)) {
    const [src] = await db.select({ n: count() }).from(sources);
    const [cl] = await db.select({ n: count(), contested: countWhere(eq(claims.stance, "contests")) }).from(claims);
    return {
      events: ev?.events ?? 0,
      strikes: Number(ev?.strikes ?? 0),
      sources: src?.n ?? 0,
      claims: cl?.n ?? 0,
      contestedClaims: Number(cl?.contested ?? 0),
    };
  }
  const filtered = db.select({ id: events.id }).from(events).where(where);
  const [src] = await db
    .select({ n: countDistinct(eventMentions.sourceId) })
    .from(eventMentions)
    .where(inArray(eventMentions.eventId, filtered));
  const [cl] = await db
    .select({ n: count(), contested: countWhere(eq(claims.stance, "contests")) })
    .from(claims)
    .where(inArray(claims.eventId, filtered));
  return {
    events: ev?.events ?? 0,
    strikes: Number(ev?.strikes ?? 0),
    sources: src?.n ?? 0,
    claims: cl?.n ?? 0,
    contestedClaims: Number(cl?.contested ?? 0),
  };
}
