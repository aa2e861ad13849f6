import type { Extraction } from "@deconflict/domain";
import type { Conn } from "../client.ts";
import { casualties, claims, escalations, eventMentions, forceReports } from "../schema/index.ts";
import { chunks } from "./conn-helpers.ts";
import { resolveEvent } from "./resolve-event.ts";
import { quantityColumns } from "./row-mappers.ts";

/** Stores one source's mentions, facts and claims, resolving each mention to an event. Returns the events touched. */
export async function insertExtraction(conn: Conn, sourceId: number, extraction: Extraction): Promise<Set<number>> {
  // One at a time: a later mention of the same article may join an event an earlier one created.
  const eventIds: number[] = [];
  for (const mention of extraction.mentions) eventIds.push(await resolveEvent(conn, mention));

  const mentionIds = await insertMentions(conn, sourceId, extraction, eventIds);
  await insertFacts(conn, sourceId, extraction, mentionIds, eventIds);
  await insertClaims(conn, sourceId, extraction, mentionIds, eventIds);
  return new Set(eventIds);
}

async function insertMentions(conn: Conn, sourceId: number, extraction: Extraction, eventIds: number[]) {
  const rows = extraction.mentions.map((m, ordinal) => ({
    eventId: eventIds[ordinal] as number,
    sourceId,
    ordinal,
    kind: m.kind,
    date: m.date?.value ?? null,
    datePrecision: m.date?.precision ?? null,
    location: m.location,
    attackerKey: m.attacker?.key ?? null,
    attackerName: m.attacker?.name ?? null,
    attackerSide: m.attacker?.side ?? null,
    targetKey: m.target?.key ?? null,
    targetName: m.target?.name ?? null,
    targetSide: m.target?.side ?? null,
    platform: m.platform,
    munition: m.munition,
    distanceKm: m.distanceKm,
    spanStart: m.span.start,
    spanEnd: m.span.end,
  }));
  // RETURNING order is not promised, so ids are matched back by ordinal.
  const ids: number[] = new Array(rows.length);
  for (const chunk of chunks(rows)) {
    const returned = await conn
      .insert(eventMentions)
      .values(chunk)
      .returning({ id: eventMentions.id, ordinal: eventMentions.ordinal });
    for (const r of returned) ids[r.ordinal] = r.id;
  }
  return ids;
}

async function insertFacts(conn: Conn, sourceId: number, x: Extraction, mentionIds: number[], eventIds: number[]) {
  const owner = (i: number) => ({ mentionId: mentionIds[i] as number, eventId: eventIds[i] as number, sourceId });
  const forces = x.mentions.flatMap((m, i) =>
    m.forces.map((f) => ({
      ...owner(i),
      ...quantityColumns(f.count),
      category: f.category,
      status: f.status,
      noun: f.noun,
      spanStart: f.span.start,
      spanEnd: f.span.end,
    })),
  );
  const hurt = x.mentions.flatMap((m, i) =>
    m.casualties.map((c) => ({
      ...owner(i),
      ...quantityColumns(c.count),
      kind: c.kind,
      who: c.who,
      spanStart: c.span.start,
      spanEnd: c.span.end,
    })),
  );
  const steps = x.mentions.flatMap((m, i) =>
    m.escalation.map((e) => ({ ...owner(i), step: e.step, spanStart: e.span.start, spanEnd: e.span.end })),
  );
  for (const chunk of chunks(forces)) await conn.insert(forceReports).values(chunk);
  for (const chunk of chunks(hurt)) await conn.insert(casualties).values(chunk);
  for (const chunk of chunks(steps)) await conn.insert(escalations).values(chunk);
}

async function insertClaims(conn: Conn, sourceId: number, x: Extraction, mentionIds: number[], eventIds: number[]) {
  const rows = x.claims.map((c) => ({
    sourceId,
    mentionId: c.mentionIndex === null ? null : (mentionIds[c.mentionIndex] ?? null),
    eventId: c.mentionIndex === null ? null : (eventIds[c.mentionIndex] ?? null),
    speaker: c.speaker,
    speakerKind: c.speakerKind,
    text: c.text,
    stance: c.stance,
    spanStart: c.span.start,
    spanEnd: c.span.end,
  }));
  for (const chunk of chunks(rows)) await conn.insert(claims).values(chunk);
}
