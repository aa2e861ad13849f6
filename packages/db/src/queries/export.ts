import { basename } from "node:path";
import { type ExportV1, mergeQuantities, type Quantity } from "@deconflict/domain";
import { asc, sql } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { casualties, claims, eventMentions, events, forceReports, sourceOrigins, sources } from "../schema/index.ts";
import {
  toCasualtyKind,
  toEventKind,
  toForceCategory,
  toForceStatus,
  toQuantity,
  toSpeakerKind,
  toStance,
} from "./row-mappers.ts";

type ExportEvent = ExportV1["events"][number];

export const sourceRef = (id: number) => `s${id}`;
export const eventRef = (id: number) => `e${id}`;

/** The path a source was first ingested from (source_origins is a rowid table: rowid is insertion order). */
export const firstOriginPath = sql<string | null>`(SELECT ${sourceOrigins.path} FROM ${sourceOrigins}
  WHERE ${sourceOrigins.sourceId} = ${sources.id} ORDER BY ${sourceOrigins}.rowid LIMIT 1)`;

/** The whole database as SPEC's JSON export, format version 1. A few full-table reads, no per-event queries. */
export async function exportV1(conn: Conn): Promise<ExportV1> {
  const sourceRows = await conn
    .select({
      id: sources.id,
      title: sources.title,
      outlet: sources.outlet,
      publishedAt: sources.publishedAt,
      path: firstOriginPath,
    })
    .from(sources)
    .orderBy(asc(sources.id));
  return {
    version: 1,
    sources: sourceRows.map((s) => ({
      id: sourceRef(s.id),
      file: s.path ? basename(s.path) : sourceRef(s.id),
      title: s.title,
      outlet: s.outlet,
      publishedAt: s.publishedAt,
    })),
    events: await exportEvents(conn),
    claims: (await conn.select().from(claims).orderBy(asc(claims.sourceId), asc(claims.id))).map((c) => ({
      source: sourceRef(c.sourceId),
      speaker: c.speaker,
      speakerKind: toSpeakerKind(c.speakerKind),
      text: c.text,
      stance: toStance(c.stance),
      event: c.eventId === null ? null : eventRef(c.eventId),
    })),
  };
}

async function exportEvents(conn: Conn): Promise<ExportEvent[]> {
  const eventRows = await conn.select().from(events).orderBy(asc(events.id));
  const links = await conn
    .selectDistinct({ eventId: eventMentions.eventId, sourceId: eventMentions.sourceId })
    .from(eventMentions)
    .orderBy(asc(eventMentions.eventId), asc(eventMentions.sourceId));
  const forces = await conn.select().from(forceReports).orderBy(asc(forceReports.eventId), asc(forceReports.id));
  const hurt = await conn.select().from(casualties).orderBy(asc(casualties.eventId), asc(casualties.id));

  const sourcesOf = groupBy(links, (l) => l.eventId);
  const forcesOf = groupBy(forces, (f) => f.eventId);
  const hurtOf = groupBy(hurt, (c) => c.eventId);
  return eventRows.map((e) => ({
    id: eventRef(e.id),
    kind: toEventKind(e.kind),
    date: e.date,
    location: e.location,
    attacker: e.attackerName,
    target: e.targetName,
    sources: (sourcesOf.get(e.id) ?? []).map((l) => sourceRef(l.sourceId)),
    forces: mergeBy(forcesOf.get(e.id) ?? [], (f) => `${f.category}|${f.status}`).map(({ first, count }) => ({
      category: toForceCategory(first.category),
      status: toForceStatus(first.status),
      count,
    })),
    casualties: mergeBy(hurtOf.get(e.id) ?? [], (c) => c.kind).map(({ first, count }) => ({
      kind: toCasualtyKind(first.kind),
      count,
    })),
  }));
}

export function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

type CountRow = { countLow: number | null; countHigh: number | null; qualifier: string | null };

/** One item per key, in first-seen order, its counts merged across every source: a merged count is {low, high}. */
export function mergeBy<T extends CountRow>(rows: readonly T[], key: (row: T) => string) {
  const groups = new Map<string, { first: T; counts: (Quantity | null)[] }>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.counts.push(toQuantity(row));
    else groups.set(k, { first: row, counts: [toQuantity(row)] });
  }
  return [...groups.values()].map(({ first, counts }) => {
    const merged = mergeQuantities(counts);
    return { first, count: merged ? { low: merged.low, high: merged.high } : null };
  });
}
