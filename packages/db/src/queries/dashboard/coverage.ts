import { countDistinct, desc, inArray, sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { eventMentions, events, sources } from "../../schema/index.ts";
import { type EventFilter, eventWhere } from "./filter.ts";
import { sourceLabel } from "./labels.ts";

export interface CoverageEvent {
  id: number;
  date: string | null;
  kind: string;
  attacker: string | null;
  attackerKey: string | null;
  target: string | null;
  grade: string;
  sourceCount: number;
}

export interface CoverageSource {
  id: number;
  label: string;
  publishedAt: string | null;
}

export interface Coverage {
  events: CoverageEvent[];
  /** The sources telling the most of these events, at most `maxSources` of them. */
  sources: CoverageSource[];
  /** How many sources tell any of these events. */
  sourceTotal: number;
  /** Which source tells which event, as [sourceId, eventId] pairs. */
  links: [number, number][];
}

/** A sources × events matrix for the most recent events matching the filter. */
export async function coverageMatrix(
  db: Db,
  filter: EventFilter = {},
  maxEvents = 12,
  maxSources = 20,
): Promise<Coverage> {
  const evs = await db
    .select({
      id: events.id,
      date: events.date,
      kind: events.kind,
      attacker: events.attackerName,
      attackerKey: events.attackerKey,
      target: events.targetName,
      grade: events.grade,
      sourceCount: events.sourceCount,
    })
    .from(events)
    .where(eventWhere(filter))
    .orderBy(sql`${events.dateFrom} IS NULL`, desc(events.dateFrom), desc(events.id))
    .limit(maxEvents);
  if (evs.length === 0) return { events: [], sources: [], sourceTotal: 0, links: [] };
  const ids = evs.map((e) => e.id);
  const links = await db
    .selectDistinct({ sourceId: eventMentions.sourceId, eventId: eventMentions.eventId })
    .from(eventMentions)
    .where(inArray(eventMentions.eventId, ids));
  const told = new Map<number, number>();
  for (const l of links) told.set(l.sourceId, (told.get(l.sourceId) ?? 0) + 1);
  const sourceIds = [...told.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, maxSources)
    .map(([id]) => id);
  const shown = new Set(sourceIds);
  const srcs =
    sourceIds.length === 0
      ? []
      : await db
          .select({ id: sources.id, label: sourceLabel, publishedAt: sources.publishedAt })
          .from(sources)
          .where(inArray(sources.id, sourceIds))
          .orderBy(sources.publishedAt, sources.id);
  // Oldest first reads left to right like a timeline.
  evs.reverse();
  return {
    events: evs,
    sources: srcs,
    sourceTotal: told.size,
    links: links.filter((l) => shown.has(l.sourceId)).map((l) => [l.sourceId, l.eventId]),
  };
}

export interface SourceEventCount {
  id: number;
  label: string;
  events: number;
}

/** The sources that tell the most (filtered) events. */
export async function eventsPerSource(db: Db, filter: EventFilter = {}, limit = 10): Promise<SourceEventCount[]> {
  const where = eventWhere(filter);
  const n = countDistinct(eventMentions.eventId);
  const top = await db
    .select({ id: eventMentions.sourceId, events: n })
    .from(eventMentions)
    .where(where ? inArray(eventMentions.eventId, db.select({ id: events.id }).from(events).where(where)) : undefined)
    .groupBy(eventMentions.sourceId)
    .orderBy(desc(n), eventMentions.sourceId)
    .limit(limit);
  if (top.length === 0) return [];
  const labels = await db
    .select({ id: sources.id, label: sourceLabel })
    .from(sources)
    .where(
      inArray(
        sources.id,
        top.map((t) => t.id),
      ),
    );
  const byId = new Map(labels.map((l) => [l.id, l.label]));
  return top.map((t) => ({ id: t.id, label: byId.get(t.id) ?? `source ${t.id}`, events: t.events }));
}
