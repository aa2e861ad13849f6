import { basename } from "node:path";
import { type ExportV1, isCanonicalKey, mergeQuantities, type Quantity } from "@deconflict/domain";
import { and, asc, type Column, gt, lte, sql } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { casualties, claims, eventMentions, events, forceReports, sourceOrigins, sources } from "../schema/index.ts";
import {
  toCasualtyKind,
  toClaimKind,
  toEventKind,
  toForceCategory,
  toForceStatus,
  toGeo,
  toInstruments,
  toQuantity,
  toSpeakerKind,
  toStance,
} from "./row-mappers.ts";

export const sourceRef = (id: number) => `s${id}`;
export const eventRef = (id: number) => `e${id}`;

/**
 * The path a source is known by: the one whose metadata it carries, else (rows stored before that was recorded) the
 * first it was ingested from (source_origins is a rowid table: rowid is insertion order).
 */
export const firstOriginPath = sql<string | null>`coalesce(${sources.originPath}, (SELECT ${sourceOrigins.path}
  FROM ${sourceOrigins} WHERE ${sourceOrigins.sourceId} = ${sources.id} ORDER BY ${sourceOrigins}.rowid LIMIT 1))`;

type ExportSource = ExportV1["sources"][number];
type ExportEvent = ExportV1["events"][number];
type ExportClaim = ExportV1["claims"][number];

// Pages keep memory flat however large the database is.
export const EXPORT_PAGE = 2000;

/** The whole database as SPEC's JSON export, format version 1: the same pages writeExportV1 streams, gathered. */
export async function exportV1(conn: Conn, pageSize = EXPORT_PAGE): Promise<ExportV1> {
  return {
    version: 1,
    sources: await gather(exportSourcePages(conn, pageSize)),
    events: await gather(exportEventPages(conn, pageSize)),
    claims: await gather(exportClaimPages(conn, pageSize)),
  };
}

async function gather<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

/** Sources in id order, a page at a time (keyset: WHERE id > last ORDER BY id LIMIT n). */
export async function* exportSourcePages(conn: Conn, pageSize = EXPORT_PAGE): AsyncGenerator<ExportSource[]> {
  for (let after = 0; ; ) {
    const rows = await conn
      .select({
        id: sources.id,
        title: sources.title,
        outlet: sources.outlet,
        publishedAt: sources.publishedAt,
        path: firstOriginPath,
      })
      .from(sources)
      .where(gt(sources.id, after))
      .orderBy(asc(sources.id))
      .limit(pageSize);
    const last = rows.at(-1);
    if (!last) return;
    yield rows.map((s) => ({
      id: sourceRef(s.id),
      file: s.path ? basename(s.path) : sourceRef(s.id),
      title: s.title,
      outlet: s.outlet,
      publishedAt: s.publishedAt,
    }));
    after = last.id;
  }
}

/** Events in id order, a page at a time, each with its sources and its forces and casualties merged. */
export async function* exportEventPages(conn: Conn, pageSize = EXPORT_PAGE): AsyncGenerator<ExportEvent[]> {
  for (let after = 0; ; ) {
    const rows = await conn.select().from(events).where(gt(events.id, after)).orderBy(asc(events.id)).limit(pageSize);
    const last = rows.at(-1);
    if (!last) return;
    yield await exportEventPage(conn, rows, after, last.id);
    after = last.id;
  }
}

/** One page of events, whose ids lie in (after, last]: their facts are read by that id range, not per event. */
async function exportEventPage(
  conn: Conn,
  eventRows: (typeof events.$inferSelect)[],
  after: number,
  last: number,
): Promise<ExportEvent[]> {
  const inPage = (eventId: Column) => and(gt(eventId, after), lte(eventId, last));
  const links = await conn
    .selectDistinct({ eventId: eventMentions.eventId, sourceId: eventMentions.sourceId })
    .from(eventMentions)
    .where(inPage(eventMentions.eventId))
    .orderBy(asc(eventMentions.eventId), asc(eventMentions.sourceId));
  const armed = await conn
    .select({ eventId: eventMentions.eventId, instruments: eventMentions.instruments })
    .from(eventMentions)
    .where(and(inPage(eventMentions.eventId), sql`${eventMentions.instruments} <> '[]'`))
    // Canonical order, not ingest order: the same tellings export the same list whatever order they came in.
    .orderBy(asc(eventMentions.eventId), asc(eventMentions.canonKey), asc(eventMentions.id));
  const forces = await conn
    .select()
    .from(forceReports)
    .where(inPage(forceReports.eventId))
    .orderBy(asc(forceReports.eventId), asc(forceReports.id));
  const hurt = await conn
    .select()
    .from(casualties)
    .where(inPage(casualties.eventId))
    .orderBy(asc(casualties.eventId), asc(casualties.id));

  const sourcesOf = groupBy(links, (l) => l.eventId);
  const forcesOf = groupBy(forces, (f) => f.eventId);
  const hurtOf = groupBy(hurt, (c) => c.eventId);
  const armedOf = groupBy(armed, (m) => m.eventId);
  // Every mention's instruments, each name once (case-insensitive), in reading order.
  const instrumentsOf = (eventId: number) => {
    const seen = new Map<string, string>();
    for (const m of armedOf.get(eventId) ?? []) {
      for (const name of toInstruments(m.instruments))
        if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
    }
    return [...seen.values()];
  };
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
    instruments: instrumentsOf(e.id),
    eventType: e.eventType,
    subEventType: e.subEventType,
    geo: toGeo(e),
    attackerSide: canonicalSide(e.attackerKey, e.attackerSide),
    targetSide: canonicalSide(e.targetKey, e.targetSide),
  }));
}

// Only an actor the lexicon recognised has a canonical key and side; a key made from the text's name, or a
// place or thing struck ("site:…"), has none.
function canonicalSide(key: string | null, side: string | null): { key: string; side: string } | null {
  return key && side && isCanonicalKey(key) && !key.startsWith("site:") ? { key, side } : null;
}

/** Claims by source then id, a page at a time (keyset on the pair, which claims_source_idx holds in that order). */
export async function* exportClaimPages(conn: Conn, pageSize = EXPORT_PAGE): AsyncGenerator<ExportClaim[]> {
  for (let after = { sourceId: 0, id: 0 }; ; ) {
    const rows = await conn
      .select()
      .from(claims)
      .where(sql`(${claims.sourceId}, ${claims.id}) > (${after.sourceId}, ${after.id})`)
      .orderBy(asc(claims.sourceId), asc(claims.id))
      .limit(pageSize);
    const last = rows.at(-1);
    if (!last) return;
    yield rows.map((c) => ({
      source: sourceRef(c.sourceId),
      speaker: c.speaker,
      speakerKind: toSpeakerKind(c.speakerKind),
      text: c.text,
      stance: toStance(c.stance),
      claimKind: toClaimKind(c.claimKind),
      event: c.eventId === null ? null : eventRef(c.eventId),
    }));
    after = { sourceId: last.sourceId, id: last.id };
  }
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
