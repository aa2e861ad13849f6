import { sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { rows as rawRows } from "../../dialect.ts";
import { events, forceReports } from "../../schema/index.ts";
import { type EventFilter, eventWhere } from "./filter.ts";

export interface ForceTotal {
  category: string;
  status: string;
  /** Sum over events of each event's lowest reported count. */
  low: number;
  /** Sum of highest counts, or null when any event's count is open-ended ("more than 60") or unstated. */
  high: number | null;
  /** How many events report this category and status. */
  events: number;
}

const known = sql`(${forceReports.countLow} IS NOT NULL OR ${forceReports.countHigh} IS NOT NULL)`;
// Booleans as 0/1 so they sum and max in both dialects.
const isKnown = sql`CASE WHEN ${known} THEN 1 ELSE 0 END`;
const isOpen = sql`CASE WHEN ${known} AND ${forceReports.countHigh} IS NULL THEN 1 ELSE 0 END`;

/**
 * Reported target-side forces by category and status. Each event's sources are first merged into
 * one range (lowest low, highest high, as mergeQuantities does); the ranges are then summed.
 * A force named without a number counts as "at least one".
 */
export async function forceTotals(db: Db, filter: EventFilter = {}): Promise<ForceTotal[]> {
  const where = eventWhere(filter);
  const scope = where
    ? sql`WHERE ${forceReports.eventId} IN (SELECT ${events.id} FROM ${events} WHERE ${where})`
    : sql``;
  const perEvent = sql`
    SELECT ${forceReports.category} AS category, ${forceReports.status} AS status,
      CASE WHEN sum(${isKnown}) > 0
        THEN min(CASE WHEN ${known} THEN coalesce(${forceReports.countLow}, 0) END) ELSE 1 END AS lo,
      max(${forceReports.countHigh}) AS hi,
      CASE WHEN sum(${isKnown}) > 0 THEN max(${isOpen}) ELSE 1 END AS open
    FROM ${forceReports} ${scope}
    GROUP BY ${forceReports.eventId}, ${forceReports.category}, ${forceReports.status}`;
  const rows = await rawRows<{ category: string; status: string; low: number; high: number | null; events: number }>(
    db,
    sql`SELECT category, status, sum(lo) AS low,
          CASE WHEN max(open) > 0 THEN NULL ELSE sum(hi) END AS high, count(*) AS events
        FROM (${perEvent}) AS per_event GROUP BY category, status`,
  );
  return rows.map((r) => ({
    category: String(r.category),
    status: String(r.status),
    low: Number(r.low),
    high: r.high === null ? null : Number(r.high),
    events: Number(r.events),
  }));
}
