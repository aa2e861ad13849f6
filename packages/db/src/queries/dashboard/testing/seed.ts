import { createHash } from "node:crypto";
import { type EventKind, KIND_CLASS } from "@deconflict/domain";
import { corroborationGrade, dateBounds } from "@deconflict/domain/resolution";
import type { Db } from "../../../client.ts";
import {
  casualties,
  claims,
  escalations,
  eventMentions,
  events,
  forceReports,
  sourceOrigins,
  sources,
} from "../../../schema/index.ts";

// A small hand-made world, written through the schema, for query tests and early page work.
export interface SeedArticle {
  file: string;
  outlet: string | null;
  title: string;
  publishedAt: string | null;
  text: string;
}

export interface SeedEvent {
  kind: EventKind;
  date: string;
  location: string | null;
  attacker: string | null;
  target: string | null;
  contested?: boolean;
  /** Per source file: the sentence that tells it and the facts, as phrases found in that sentence. */
  tellings: {
    file: string;
    sentence: string;
    forces?: { phrase: string; category: string; status: string; low: number | null; high: number | null }[];
    casualties?: { phrase: string; kind: string; low: number | null; high: number | null }[];
    escalations?: { phrase: string; step: string }[];
  }[];
}

export interface SeedClaim {
  file: string;
  phrase: string;
  speaker: string;
  speakerKind: string;
  stance: string;
  /** Index into the events list, or null. */
  event: number | null;
}

export interface SeedWorld {
  articles: SeedArticle[];
  events: SeedEvent[];
  claims: SeedClaim[];
}

function spanOf(text: string, phrase: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`seed phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length };
}

/** Writes a world into an opened (migrated) database; returns ids by file and event index. */
export async function seedWorld(
  db: Db,
  world: SeedWorld,
): Promise<{ sourceIds: Map<string, number>; eventIds: number[] }> {
  const sourceIds = new Map<string, number>();
  const texts = new Map<string, string>();
  for (const a of world.articles) {
    const [row] = await db
      .insert(sources)
      .values({
        contentHash: createHash("sha256").update(a.text).digest("hex"),
        title: a.title,
        outlet: a.outlet,
        url: null,
        byline: null,
        publishedAt: a.publishedAt,
        text: a.text,
        extractorVersion: "seed",
        ingestedAt: "2026-01-01T00:00:00Z",
      })
      .returning({ id: sources.id });
    if (!row) throw new Error("insert failed");
    sourceIds.set(a.file, row.id);
    texts.set(a.file, a.text);
    await db.insert(sourceOrigins).values({ path: a.file, sourceId: row.id });
  }
  const eventIds: number[] = [];
  const mentionIds: number[] = [];
  for (const e of world.events) {
    const bounds = dateBounds({ value: e.date, precision: "day" });
    const outlets = new Set(e.tellings.map((t) => t.file)).size;
    const [row] = await db
      .insert(events)
      .values({
        kind: e.kind,
        kindClass: KIND_CLASS[e.kind],
        date: e.date,
        datePrecision: "day",
        dateFrom: bounds.from,
        dateTo: bounds.to,
        location: e.location,
        attackerKey: e.attacker?.toLowerCase() ?? null,
        attackerName: e.attacker,
        attackerSide: null,
        targetKey: e.target?.toLowerCase() ?? null,
        targetName: e.target,
        targetSide: null,
        sourceCount: e.tellings.length,
        outletCount: outlets,
        grade: corroborationGrade(outlets, e.contested ?? false),
      })
      .returning({ id: events.id });
    if (!row) throw new Error("insert failed");
    eventIds.push(row.id);
    for (const [ordinal, t] of e.tellings.entries()) {
      const text = texts.get(t.file) ?? "";
      const sourceId = sourceIds.get(t.file) ?? 0;
      const sentence = spanOf(text, t.sentence);
      const [m] = await db
        .insert(eventMentions)
        .values({
          eventId: row.id,
          sourceId,
          ordinal,
          kind: e.kind,
          date: e.date,
          datePrecision: "day",
          location: e.location,
          attackerKey: e.attacker?.toLowerCase() ?? null,
          attackerName: e.attacker,
          targetKey: e.target?.toLowerCase() ?? null,
          targetName: e.target,
          spanStart: sentence.start,
          spanEnd: sentence.end,
        })
        .returning({ id: eventMentions.id });
      if (!m) throw new Error("insert failed");
      mentionIds.push(m.id);
      const base = { mentionId: m.id, eventId: row.id, sourceId };
      for (const f of t.forces ?? []) {
        const s = spanOf(text, f.phrase, sentence.start);
        await db.insert(forceReports).values({
          ...base,
          spanStart: s.start,
          spanEnd: s.end,
          countLow: f.low,
          countHigh: f.high,
          qualifier: f.low === null && f.high === null ? null : f.low === f.high ? "exact" : "range",
          category: f.category,
          status: f.status,
          noun: f.phrase,
        });
      }
      for (const c of t.casualties ?? []) {
        const s = spanOf(text, c.phrase, sentence.start);
        await db.insert(casualties).values({
          ...base,
          spanStart: s.start,
          spanEnd: s.end,
          countLow: c.low,
          countHigh: c.high,
          qualifier: c.low === c.high ? "about" : "range",
          kind: c.kind,
          who: null,
        });
      }
      for (const x of t.escalations ?? []) {
        const s = spanOf(text, x.phrase);
        await db.insert(escalations).values({ ...base, spanStart: s.start, spanEnd: s.end, step: x.step });
      }
    }
  }
  for (const c of world.claims) {
    const text = texts.get(c.file) ?? "";
    const s = spanOf(text, c.phrase);
    await db.insert(claims).values({
      sourceId: sourceIds.get(c.file) ?? 0,
      eventId: c.event === null ? null : (eventIds[c.event] ?? null),
      speaker: c.speaker,
      speakerKind: c.speakerKind,
      text: c.phrase,
      stance: c.stance,
      spanStart: s.start,
      spanEnd: s.end,
    });
  }
  return { sourceIds, eventIds };
}
