import type { Quantity } from "@deconflict/domain";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { casualties, claims, escalations, eventMentions, forceReports, sources } from "../../schema/index.ts";
import { sourceFile, sourceLabel } from "./labels.ts";
import { quantityOf } from "./quantity.ts";

/** One extracted thing and the characters it came from. */
export type Annotation =
  | {
      type: "event";
      id: number;
      start: number;
      end: number;
      eventId: number;
      kind: string;
      date: string | null;
      attacker: string | null;
      target: string | null;
      location: string | null;
    }
  | {
      type: "force";
      id: number;
      start: number;
      end: number;
      eventId: number;
      category: string;
      status: string;
      count: Quantity | null;
      noun: string;
    }
  | {
      type: "casualty";
      id: number;
      start: number;
      end: number;
      eventId: number;
      kind: string;
      count: Quantity | null;
      who: string | null;
    }
  | { type: "escalation"; id: number; start: number; end: number; eventId: number; step: string }
  | {
      type: "claim";
      id: number;
      start: number;
      end: number;
      eventId: number | null;
      speaker: string;
      speakerKind: string;
      stance: string;
      text: string;
    };

export interface SourceDetail {
  id: number;
  label: string;
  file: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  publishedAt: string | null;
  text: string;
  annotations: Annotation[];
}

/** A source's text with every span extracted from it. */
export async function sourceDetail(db: Db, id: number): Promise<SourceDetail | null> {
  const [src] = await db
    .select({
      id: sources.id,
      label: sourceLabel,
      file: sourceFile,
      title: sources.title,
      outlet: sources.outlet,
      url: sources.url,
      byline: sources.byline,
      publishedAt: sources.publishedAt,
      text: sources.text,
    })
    .from(sources)
    .where(eq(sources.id, id));
  if (!src) return null;
  const mentionRows = await db.select().from(eventMentions).where(eq(eventMentions.sourceId, id));
  const forceRows = await db.select().from(forceReports).where(eq(forceReports.sourceId, id));
  const casualtyRows = await db.select().from(casualties).where(eq(casualties.sourceId, id));
  const escalationRows = await db.select().from(escalations).where(eq(escalations.sourceId, id));
  const claimRows = await db.select().from(claims).where(eq(claims.sourceId, id));
  const annotations: Annotation[] = [
    ...mentionRows.map((m) => ({
      type: "event" as const,
      id: m.id,
      start: m.spanStart,
      end: m.spanEnd,
      eventId: m.eventId,
      kind: m.kind,
      date: m.date,
      attacker: m.attackerName,
      target: m.targetName,
      location: m.location,
    })),
    ...forceRows.map((f) => ({
      type: "force" as const,
      id: f.id,
      start: f.spanStart,
      end: f.spanEnd,
      eventId: f.eventId,
      category: f.category,
      status: f.status,
      count: quantityOf(f),
      noun: f.noun,
    })),
    ...casualtyRows.map((c) => ({
      type: "casualty" as const,
      id: c.id,
      start: c.spanStart,
      end: c.spanEnd,
      eventId: c.eventId,
      kind: c.kind,
      count: quantityOf(c),
      who: c.who,
    })),
    ...escalationRows.map((e) => ({
      type: "escalation" as const,
      id: e.id,
      start: e.spanStart,
      end: e.spanEnd,
      eventId: e.eventId,
      step: e.step,
    })),
    ...claimRows.map((c) => ({
      type: "claim" as const,
      id: c.id,
      start: c.spanStart,
      end: c.spanEnd,
      eventId: c.eventId,
      speaker: c.speaker,
      speakerKind: c.speakerKind,
      stance: c.stance,
      text: c.text,
    })),
  ];
  annotations.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...src, annotations };
}

export interface SourceRow {
  id: number;
  label: string;
  title: string | null;
  publishedAt: string | null;
  events: number;
  claims: number;
}

/** Sources, last ingested first (rowid order needs no index), with how many events and claims each gave. */
export async function listSources(db: Db, page = 1, pageSize = 50): Promise<{ rows: SourceRow[]; total: number }> {
  const [total] = await db.select({ n: sql<number>`count(*)` }).from(sources);
  const rows = await db
    .select({
      id: sources.id,
      label: sourceLabel,
      title: sources.title,
      publishedAt: sources.publishedAt,
      events: sql<number>`(SELECT count(DISTINCT ${eventMentions.eventId}) FROM ${eventMentions} WHERE ${eventMentions.sourceId} = ${sources.id})`,
      claims: sql<number>`(SELECT count(*) FROM ${claims} WHERE ${claims.sourceId} = ${sources.id})`,
    })
    .from(sources)
    .orderBy(desc(sources.id))
    .limit(pageSize)
    .offset((Math.max(page, 1) - 1) * pageSize);
  return { rows, total: Number(total?.n ?? 0) };
}
