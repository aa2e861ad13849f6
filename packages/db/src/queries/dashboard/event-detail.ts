import { DATE_PRECISIONS, type DatePrecision, mergeQuantities, type Quantity } from "@deconflict/domain";
import { explainJoin, JoinReasonSchema } from "@deconflict/domain/resolution";
import { asc, eq, inArray } from "drizzle-orm";
import * as v from "valibot";
import type { Db } from "../../client.ts";
import { casualties, claims, escalations, eventMentions, events, forceReports, sources } from "../../schema/index.ts";
import { type EventRow, eventRowColumns } from "./events-list.ts";
import { sourceLabel } from "./labels.ts";
import { quantityOf } from "./quantity.ts";

export interface Quote {
  sourceId: number;
  source: string;
  publishedAt: string | null;
  /** The characters of the source that say it. */
  text: string;
  start: number;
  end: number;
}

export interface MentionView extends Quote {
  mentionId: number;
  kind: string;
  date: string | null;
  location: string | null;
  attacker: string | null;
  target: string | null;
  platform: string | null;
  munition: string | null;
  distanceKm: number | null;
  /** Why this telling joined the event ("joined: same day, same attacker, same place"), null for the first. */
  joined: string | null;
  /** The source it was compared with. */
  joinedWith: string | null;
}

export interface FactReport extends Quote {
  count: Quantity | null;
}

export interface Fact {
  /** "artillery destroyed", "killed". */
  key: string;
  category: string | null;
  status: string | null;
  kind: string | null;
  /** Merged over every report, including those not listed. */
  merged: Quantity | null;
  reports: FactReport[];
  reportCount: number;
}

export interface ClaimView extends Quote {
  id: number;
  speaker: string;
  speakerKind: string;
  stance: string;
  claim: string;
}

export interface EscalationView extends Quote {
  step: string;
}

export interface EventDetail {
  /** With the dispute flags: its tellings name places that are not one, or give tolls that do not overlap. */
  event: EventRow & { dateFrom: string | null; dateTo: string | null; placeDisputed: boolean; tollDisputed: boolean };
  /** The first `limit` tellings, oldest source first; `mentionCount` says how many there are. */
  mentions: MentionView[];
  mentionCount: number;
  forces: Fact[];
  casualties: Fact[];
  escalations: EscalationView[];
  claims: ClaimView[];
}

/**
 * Everything the event page shows, each fact with the words every source used. An event told by
 * hundreds of sources lists the first `limit` tellings (and reports per fact); merged ranges use all.
 */
export async function eventDetail(db: Db, id: number, limit = 100): Promise<EventDetail | null> {
  const [event] = await db
    .select({
      ...eventRowColumns,
      dateFrom: events.dateFrom,
      dateTo: events.dateTo,
      placeDisputed: events.placeDisputed,
      tollDisputed: events.tollDisputed,
    })
    .from(events)
    .where(eq(events.id, id));
  if (!event) return null;
  const mentionRows = await db
    .select()
    .from(eventMentions)
    .where(eq(eventMentions.eventId, id))
    .orderBy(asc(eventMentions.sourceId), asc(eventMentions.ordinal));
  const forceRows = await db.select().from(forceReports).where(eq(forceReports.eventId, id)).orderBy(forceReports.id);
  const casualtyRows = await db.select().from(casualties).where(eq(casualties.eventId, id)).orderBy(casualties.id);
  const escalationRows = await db.select().from(escalations).where(eq(escalations.eventId, id)).orderBy(escalations.id);
  const claimRows = await db.select().from(claims).where(eq(claims.eventId, id)).orderBy(claims.id);
  const allSourceIds = [
    ...new Set([...mentionRows, ...forceRows, ...casualtyRows, ...escalationRows, ...claimRows].map((r) => r.sourceId)),
  ];
  const meta = new Map<number, { label: string; publishedAt: string | null }>();
  for (let i = 0; i < allSourceIds.length; i += 500) {
    const rows = await db
      .select({ id: sources.id, label: sourceLabel, publishedAt: sources.publishedAt })
      .from(sources)
      .where(inArray(sources.id, allSourceIds.slice(i, i + 500)));
    for (const r of rows) meta.set(r.id, r);
  }
  const byDate = (a: { sourceId: number }, b: { sourceId: number }) =>
    (meta.get(a.sourceId)?.publishedAt ?? "9999").localeCompare(meta.get(b.sourceId)?.publishedAt ?? "9999") ||
    a.sourceId - b.sourceId;
  const shownMentions = [...mentionRows].sort(byDate).slice(0, limit);
  const shownClaims = claimRows.slice(0, limit);
  const shownEscalations = escalationRows.slice(0, limit);
  const factGroups = (rows: typeof forceRows | typeof casualtyRows, key: (r: (typeof rows)[number]) => string) => {
    const groups = new Map<string, (typeof rows)[number][]>();
    for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return groups;
  };
  const forceGroups = factGroups(
    forceRows,
    (r) => `${"category" in r ? r.category : ""} ${"status" in r ? r.status : ""}`,
  );
  const casualtyGroups = factGroups(casualtyRows, (r) => ("kind" in r ? r.kind : ""));
  const shownFacts = [...forceGroups.values(), ...casualtyGroups.values()].flatMap((g) => g.slice(0, 20));
  // Article texts are read only for what is quoted on the page.
  const quoted = [
    ...new Set([...shownMentions, ...shownClaims, ...shownEscalations, ...shownFacts].map((r) => r.sourceId)),
  ];
  const texts = new Map<number, string>();
  for (let i = 0; i < quoted.length; i += 500) {
    const rows = await db
      .select({ id: sources.id, text: sources.text })
      .from(sources)
      .where(inArray(sources.id, quoted.slice(i, i + 500)));
    for (const r of rows) texts.set(r.id, r.text);
  }
  // Spans are UTF-16 offsets, so the quote is cut in JS, not with SQLite's substr.
  const quote = (r: { sourceId: number; spanStart: number; spanEnd: number }): Quote => {
    const m = meta.get(r.sourceId);
    return {
      sourceId: r.sourceId,
      source: m?.label ?? `source ${r.sourceId}`,
      publishedAt: m?.publishedAt ?? null,
      text: texts.get(r.sourceId)?.slice(r.spanStart, r.spanEnd) ?? "",
      start: r.spanStart,
      end: r.spanEnd,
    };
  };
  const precision: DatePrecision = DATE_PRECISIONS.find((p) => p === event.datePrecision) ?? "day";
  const byCanon = new Map(mentionRows.map((m) => [m.canonKey, m]));
  const why = (raw: string | null) => {
    const parsed = raw ? v.safeParse(JoinReasonSchema, parseJson(raw)) : null;
    if (!parsed?.success) return { joined: null, joinedWith: null };
    const anchor = byCanon.get(parsed.output.with);
    return {
      joined: explainJoin(parsed.output, precision),
      joinedWith: anchor ? (meta.get(anchor.sourceId)?.label ?? null) : null,
    };
  };
  const mentions = shownMentions.map((m) => ({
    ...quote(m),
    ...why(m.joinReason),
    mentionId: m.id,
    kind: m.kind,
    date: m.date,
    location: m.location,
    attacker: m.attackerName,
    target: m.targetName,
    platform: m.platform,
    munition: m.munition,
    distanceKm: m.distanceKm,
  }));
  const forces = [...forceGroups.values()].map((rows) => {
    const first = rows[0] as (typeof forceRows)[number];
    return fact(`${first.category} ${first.status}`, first.category, first.status, null, rows, quote);
  });
  const hurt = [...casualtyGroups.values()].map((rows) => {
    const first = rows[0] as (typeof casualtyRows)[number];
    return fact(first.kind, null, null, first.kind, rows, quote);
  });
  return {
    event,
    mentions,
    mentionCount: mentionRows.length,
    forces,
    casualties: hurt,
    escalations: shownEscalations.map((r) => ({ ...quote(r), step: r.step })),
    claims: shownClaims.map((c) => ({
      ...quote(c),
      id: c.id,
      speaker: c.speaker,
      speakerKind: c.speakerKind,
      stance: c.stance,
      claim: c.text,
    })),
  };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

type CountedRow = {
  sourceId: number;
  spanStart: number;
  spanEnd: number;
  countLow: number | null;
  countHigh: number | null;
  qualifier: string | null;
};

function fact(
  key: string,
  category: string | null,
  status: string | null,
  kind: string | null,
  rows: CountedRow[],
  quote: (r: CountedRow) => Quote,
): Fact {
  return {
    key,
    category,
    status,
    kind,
    merged: mergeQuantities(rows.map(quantityOf)),
    reports: rows.slice(0, 20).map((r) => ({ ...quote(r), count: quantityOf(r) })),
    reportCount: rows.length,
  };
}
