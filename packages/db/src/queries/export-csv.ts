import { basename } from "node:path";
import { asc, gt, inArray } from "drizzle-orm";
import type { Conn } from "../client.ts";
import { casualties, claims, eventMentions, events, forceReports, sources } from "../schema/index.ts";
import { csvLine } from "./csv.ts";
import { CSV_TABLES, type CsvTable } from "./csv-tables.ts";
import { eventRef, firstOriginPath, groupBy, mergeBy, sourceRef } from "./export.ts";

export { CSV_TABLES, type CsvTable };

// Pages keep memory flat however large the database is.
const PAGE = 2000;

type Write = (chunk: string) => void | Promise<void>;
type Row = (string | number | null)[];

interface TableSpec {
  header: string[];
  page: (conn: Conn, afterId: number) => Promise<{ lastId: number; rows: Row[] } | null>;
}

const optionalRef = (ref: (id: number) => string, id: number | null) => (id === null ? null : ref(id));

const SPECS: Record<CsvTable, TableSpec> = {
  events: {
    header: [
      "event_id",
      "kind",
      "kind_class",
      "date",
      "date_precision",
      "location",
      "attacker",
      "attacker_side",
      "target",
      "target_side",
      "source_count",
      "outlet_count",
      "grade",
      "sources",
      "killed_low",
      "killed_high",
      "wounded_low",
      "wounded_high",
    ],
    page: async (conn, afterId) => {
      const rows = await conn.select().from(events).where(gt(events.id, afterId)).orderBy(asc(events.id)).limit(PAGE);
      const last = rows.at(-1);
      if (!last) return null;
      const ids = rows.map((r) => r.id);
      const links = await conn
        .selectDistinct({ eventId: eventMentions.eventId, sourceId: eventMentions.sourceId })
        .from(eventMentions)
        .where(inArray(eventMentions.eventId, ids))
        .orderBy(asc(eventMentions.sourceId));
      const hurt = await conn
        .select()
        .from(casualties)
        .where(inArray(casualties.eventId, ids))
        .orderBy(asc(casualties.id));
      const linksOf = groupBy(links, (l) => l.eventId);
      const hurtOf = groupBy(hurt, (c) => c.eventId);
      return {
        lastId: last.id,
        rows: rows.map((e) => {
          const merged = new Map(mergeBy(hurtOf.get(e.id) ?? [], (c) => c.kind).map((m) => [m.first.kind, m.count]));
          const killed = merged.get("killed");
          const wounded = merged.get("wounded");
          return [
            eventRef(e.id),
            e.kind,
            e.kindClass,
            e.date,
            e.datePrecision,
            e.location,
            e.attackerName,
            e.attackerSide,
            e.targetName,
            e.targetSide,
            e.sourceCount,
            e.outletCount,
            e.grade,
            (linksOf.get(e.id) ?? []).map((l) => sourceRef(l.sourceId)).join(";"),
            killed?.low ?? null,
            killed?.high ?? null,
            wounded?.low ?? null,
            wounded?.high ?? null,
          ];
        }),
      };
    },
  },
  claims: {
    header: [
      "claim_id",
      "source_id",
      "event_id",
      "speaker",
      "speaker_kind",
      "stance",
      "claim_kind",
      "text",
      "span_start",
      "span_end",
    ],
    page: async (conn, afterId) => {
      const rows = await conn.select().from(claims).where(gt(claims.id, afterId)).orderBy(asc(claims.id)).limit(PAGE);
      const last = rows.at(-1);
      if (!last) return null;
      return {
        lastId: last.id,
        rows: rows.map((c) => [
          c.id,
          sourceRef(c.sourceId),
          optionalRef(eventRef, c.eventId),
          c.speaker,
          c.speakerKind,
          c.stance,
          c.claimKind,
          c.text,
          c.spanStart,
          c.spanEnd,
        ]),
      };
    },
  },
  sources: {
    header: [
      "source_id",
      "file",
      "title",
      "outlet",
      "url",
      "published_at",
      "byline",
      "content_hash",
      "extractor_version",
      "ingested_at",
    ],
    page: async (conn, afterId) => {
      const rows = await conn
        .select({
          id: sources.id,
          title: sources.title,
          outlet: sources.outlet,
          url: sources.url,
          publishedAt: sources.publishedAt,
          byline: sources.byline,
          contentHash: sources.contentHash,
          extractorVersion: sources.extractorVersion,
          ingestedAt: sources.ingestedAt,
          path: firstOriginPath,
        })
        .from(sources)
        .where(gt(sources.id, afterId))
        .orderBy(asc(sources.id))
        .limit(PAGE);
      const last = rows.at(-1);
      if (!last) return null;
      return {
        lastId: last.id,
        rows: rows.map((s) => [
          sourceRef(s.id),
          s.path ? basename(s.path) : null,
          s.title,
          s.outlet,
          s.url,
          s.publishedAt,
          s.byline,
          s.contentHash,
          s.extractorVersion,
          s.ingestedAt,
        ]),
      };
    },
  },
  forces: {
    header: [
      "force_id",
      "event_id",
      "source_id",
      "category",
      "status",
      "count_low",
      "count_high",
      "qualifier",
      "noun",
      "span_start",
      "span_end",
    ],
    page: async (conn, afterId) => {
      const rows = await conn
        .select()
        .from(forceReports)
        .where(gt(forceReports.id, afterId))
        .orderBy(asc(forceReports.id))
        .limit(PAGE);
      const last = rows.at(-1);
      if (!last) return null;
      return {
        lastId: last.id,
        rows: rows.map((f) => [
          f.id,
          eventRef(f.eventId),
          sourceRef(f.sourceId),
          f.category,
          f.status,
          f.countLow,
          f.countHigh,
          f.qualifier,
          f.noun,
          f.spanStart,
          f.spanEnd,
        ]),
      };
    },
  },
  casualties: {
    header: [
      "casualty_id",
      "event_id",
      "source_id",
      "kind",
      "count_low",
      "count_high",
      "qualifier",
      "who",
      "span_start",
      "span_end",
    ],
    page: async (conn, afterId) => {
      const rows = await conn
        .select()
        .from(casualties)
        .where(gt(casualties.id, afterId))
        .orderBy(asc(casualties.id))
        .limit(PAGE);
      const last = rows.at(-1);
      if (!last) return null;
      return {
        lastId: last.id,
        rows: rows.map((c) => [
          c.id,
          eventRef(c.eventId),
          sourceRef(c.sourceId),
          c.kind,
          c.countLow,
          c.countHigh,
          c.qualifier,
          c.who,
          c.spanStart,
          c.spanEnd,
        ]),
      };
    },
  },
};

/** Streams one table as CSV (header first) through `write`, a page at a time. Returns the number of rows. */
export async function writeCsvTable(conn: Conn, table: CsvTable, write: Write): Promise<number> {
  const spec = SPECS[table];
  await write(csvLine(spec.header));
  let afterId = 0;
  let written = 0;
  for (;;) {
    const page = await spec.page(conn, afterId);
    if (!page) return written;
    let chunk = "";
    for (const row of page.rows) chunk += csvLine(row);
    await write(chunk);
    written += page.rows.length;
    afterId = page.lastId;
  }
}

/** A table as one CSV string: for tests and small databases. */
export async function csvTable(conn: Conn, table: CsvTable): Promise<string> {
  let out = "";
  await writeCsvTable(conn, table, (chunk) => {
    out += chunk;
  });
  return out;
}
