import { mergeQuantities, type Quantity } from "@deconflict/domain";
import { asc, eq, inArray } from "drizzle-orm";
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
  merged: Quantity | null;
  reports: FactReport[];
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
  event: EventRow & { dateFrom: string | null; dateTo: string | null };
  mentions: MentionView[];
  forces: Fact[];
  casualties: Fact[];
  escalations: EscalationView[];
  claims: ClaimView[];
}

/** Everything the event page shows, each fact with the words every source used. */
export async function eventDetail(db: Db, id: number): Promise<EventDetail | null> {
  const [event] = await db
    .select({ ...eventRowColumns, dateFrom: events.dateFrom, dateTo: events.dateTo })
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
  const sourceIds = [
    ...new Set([...mentionRows, ...forceRows, ...casualtyRows, ...escalationRows, ...claimRows].map((r) => r.sourceId)),
  ];
  const srcs =
    sourceIds.length === 0
      ? []
      : await db
          .select({ id: sources.id, label: sourceLabel, publishedAt: sources.publishedAt, text: sources.text })
          .from(sources)
          .where(inArray(sources.id, sourceIds));
  const byId = new Map(srcs.map((s) => [s.id, s]));
  // Spans are UTF-16 offsets, so the quote is cut in JS, not with SQLite's substr.
  const quote = (r: { sourceId: number; spanStart: number; spanEnd: number }): Quote => {
    const s = byId.get(r.sourceId);
    return {
      sourceId: r.sourceId,
      source: s?.label ?? `source ${r.sourceId}`,
      publishedAt: s?.publishedAt ?? null,
      text: s ? s.text.slice(r.spanStart, r.spanEnd) : "",
      start: r.spanStart,
      end: r.spanEnd,
    };
  };
  const mentions = mentionRows
    .map((m) => ({
      ...quote(m),
      mentionId: m.id,
      kind: m.kind,
      date: m.date,
      location: m.location,
      attacker: m.attackerName,
      target: m.targetName,
      platform: m.platform,
      munition: m.munition,
      distanceKm: m.distanceKm,
    }))
    .sort((a, b) => (a.publishedAt ?? "9999").localeCompare(b.publishedAt ?? "9999") || a.sourceId - b.sourceId);
  return {
    event,
    mentions,
    forces: groupFacts(
      forceRows.map((r) => ({
        ...quote(r),
        count: quantityOf(r),
        key: `${r.category} ${r.status}`,
        category: r.category,
        status: r.status,
        kind: null,
      })),
    ),
    casualties: groupFacts(
      casualtyRows.map((r) => ({
        ...quote(r),
        count: quantityOf(r),
        key: r.kind,
        category: null,
        status: null,
        kind: r.kind,
      })),
    ),
    escalations: escalationRows.map((r) => ({ ...quote(r), step: r.step })),
    claims: claimRows.map((c) => ({
      ...quote(c),
      id: c.id,
      speaker: c.speaker,
      speakerKind: c.speakerKind,
      stance: c.stance,
      claim: c.text,
    })),
  };
}

type Reported = FactReport & Pick<Fact, "key" | "category" | "status" | "kind">;

function groupFacts(reports: Reported[]): Fact[] {
  const facts = new Map<string, Fact>();
  for (const { key, category, status, kind, ...report } of reports) {
    const fact = facts.get(key) ?? { key, category, status, kind, merged: null, reports: [] };
    fact.reports.push(report);
    facts.set(key, fact);
  }
  for (const fact of facts.values()) fact.merged = mergeQuantities(fact.reports.map((r) => r.count));
  return [...facts.values()];
}
