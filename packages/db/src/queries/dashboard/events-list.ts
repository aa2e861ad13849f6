import { asc, count, desc, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { events } from "../../schema/index.ts";
import { type EventFilter, eventWhere } from "./filter.ts";

export const EVENT_SORTS = ["date", "kind", "attacker", "target", "location", "sources", "grade"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export interface EventListParams {
  filter?: EventFilter;
  sort?: EventSort;
  dir?: "asc" | "desc";
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface EventRow {
  id: number;
  kind: string;
  date: string | null;
  datePrecision: string | null;
  location: string | null;
  attacker: string | null;
  target: string | null;
  /** The actors' keys, for links to their pages. */
  attackerKey: string | null;
  targetKey: string | null;
  sourceCount: number;
  outletCount: number;
  grade: string;
}

export interface EventPage {
  rows: EventRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

const SORT_COLUMNS: Record<EventSort, SQL.Aliased | SQL | typeof events.id> = {
  date: sql`${events.dateFrom}`,
  kind: sql`${events.kind}`,
  attacker: sql`${events.attackerName}`,
  target: sql`${events.targetName}`,
  location: sql`${events.location}`,
  sources: sql`${events.sourceCount}`,
  grade: sql`${events.grade}`,
};

export const eventRowColumns = {
  id: events.id,
  kind: events.kind,
  date: events.date,
  datePrecision: events.datePrecision,
  location: events.location,
  attacker: events.attackerName,
  target: events.targetName,
  attackerKey: events.attackerKey,
  targetKey: events.targetKey,
  sourceCount: events.sourceCount,
  outletCount: events.outletCount,
  grade: events.grade,
};

/** One page of events matching the filter; unknowns sort last whatever the direction. */
export async function listEvents(db: Db, params: EventListParams = {}): Promise<EventPage> {
  const pageSize = Math.min(Math.max(params.pageSize ?? 25, 1), 200);
  const where = eventWhere(params.filter ?? {});
  const [totalRow] = await db.select({ n: count() }).from(events).where(where);
  const total = totalRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(params.page ?? 1, 1), pageCount);
  const column = SORT_COLUMNS[params.sort ?? "date"];
  const dir =
    params.dir ?? (params.sort === undefined || params.sort === "date" || params.sort === "sources" ? "desc" : "asc");
  const rows = await db
    .select(eventRowColumns)
    .from(events)
    .where(where)
    .orderBy(sql`${column} IS NULL`, dir === "asc" ? asc(column) : desc(column), desc(events.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total, page, pageSize, pageCount };
}
