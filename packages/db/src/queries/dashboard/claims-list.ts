import { and, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { claims, events, sources } from "../../schema/index.ts";
import { type CueSentence, cueSentence, SENTENCE_REACH } from "./cue-sentence.ts";
import { actorWhere, containsText } from "./filter.ts";
import { sourceLabel } from "./labels.ts";

export interface ClaimFilter {
  speakerKind?: string;
  speaker?: string;
  stance?: string;
  /** statement | belief | intention */
  claimKind?: string;
  eventId?: number;
  /** Case-insensitive substring of the claim's text or speaker. */
  q?: string;
  /** Any of these exact speakers (an actor's names). */
  speakers?: readonly string[];
  /** Claims about events this actor key took part in, as attacker or target. */
  actor?: string;
}

export interface ClaimRow {
  id: number;
  sourceId: number;
  source: string;
  publishedAt: string | null;
  speaker: string;
  speakerKind: string;
  stance: string;
  claimKind: string;
  text: string;
  /** The sentence the claim was read from, its cue marked. */
  sentence: CueSentence;
  eventId: number | null;
  eventDate: string | null;
  eventKind: string | null;
  eventAttacker: string | null;
  eventAttackerKey: string | null;
}

export async function listClaims(
  db: Db,
  params: { filter?: ClaimFilter; page?: number; pageSize?: number } = {},
): Promise<{ rows: ClaimRow[]; total: number; page: number; pageCount: number }> {
  const f = params.filter ?? {};
  const pageSize = Math.min(Math.max(params.pageSize ?? 25, 1), 200);
  const parts: (SQL | undefined)[] = [
    f.speakerKind ? eq(claims.speakerKind, f.speakerKind) : undefined,
    f.speaker ? eq(claims.speaker, f.speaker) : undefined,
    f.stance ? eq(claims.stance, f.stance) : undefined,
    f.claimKind ? eq(claims.claimKind, f.claimKind) : undefined,
    f.eventId !== undefined ? eq(claims.eventId, f.eventId) : undefined,
    f.q ? containsText(claims.text, f.q) : undefined,
    f.speakers ? inArray(claims.speaker, [...f.speakers]) : undefined,
    f.actor ? inArray(claims.eventId, db.select({ id: events.id }).from(events).where(actorWhere(f.actor))) : undefined,
  ];
  const where = and(...parts.filter((p): p is SQL => p !== undefined));
  const [totalRow] = await db.select({ n: count() }).from(claims).where(where);
  const total = totalRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(params.page ?? 1, 1), pageCount);
  // Only a window of the stored text around the claim is read: enough to find its sentence.
  // Scalar min/max are SQLite's (PostgreSQL has LEAST/GREATEST, SQLite not): CASE in both.
  const start = sql`coalesce(${claims.cueStart}, ${claims.spanStart})`;
  const end = sql`coalesce(${claims.cueEnd}, ${claims.spanEnd})`;
  const first = sql`CASE WHEN ${claims.spanStart} < ${start} THEN ${claims.spanStart} ELSE ${start} END - ${SENTENCE_REACH}`;
  const from = sql<number>`CASE WHEN ${first} > 0 THEN ${first} ELSE 0 END`;
  const to = sql<number>`CASE WHEN ${claims.spanEnd} > ${end} THEN ${claims.spanEnd} ELSE ${end} END + ${SENTENCE_REACH}`;
  const found = await db
    .select({
      id: claims.id,
      sourceId: claims.sourceId,
      source: sourceLabel,
      publishedAt: sources.publishedAt,
      speaker: claims.speaker,
      speakerKind: claims.speakerKind,
      stance: claims.stance,
      claimKind: claims.claimKind,
      text: claims.text,
      spanStart: claims.spanStart,
      spanEnd: claims.spanEnd,
      cueStart: claims.cueStart,
      cueEnd: claims.cueEnd,
      windowAt: from,
      // Integer positions: PostgreSQL's substr takes int, and the spans are bigint there.
      window: sql<string>`substr(${sources.text}, CAST(${from} + 1 AS INTEGER), CAST(${to} - ${from} AS INTEGER))`,
      eventId: claims.eventId,
      eventDate: events.date,
      eventKind: events.kind,
      eventAttacker: events.attackerName,
      eventAttackerKey: events.attackerKey,
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .leftJoin(events, eq(events.id, claims.eventId))
    .where(where)
    .orderBy(desc(claims.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const rows = found.map(({ spanStart, spanEnd, cueStart, cueEnd, windowAt, window, ...row }) => ({
    ...row,
    sentence: cueSentence(
      window,
      windowAt,
      { start: spanStart, end: spanEnd },
      cueStart !== null && cueEnd !== null ? { start: cueStart, end: cueEnd } : null,
    ),
  }));
  return { rows, total, page, pageCount };
}
