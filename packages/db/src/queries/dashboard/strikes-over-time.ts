import { DAY_MS } from "@deconflict/domain";
import { and, count, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { events } from "../../schema/index.ts";
import { type EventFilter, strikeWhere } from "./filter.ts";

export const STRIKE_BUCKETS = ["month", "week"] as const;
export type StrikeBucketSize = (typeof STRIKE_BUCKETS)[number];

export interface StrikeBucket {
  /** The bucket's first day: "2017-05" for a month, "2017-05-15" (a Monday, as in ISO weeks) for a week. */
  period: string;
  /** The stack the strikes fall in: their attacker's name, or their kind. */
  series: string;
  strikes: number;
}

export interface StrikesOverTime {
  buckets: StrikeBucket[];
  /** Matching strikes whose date is too coarse for this bucket size (a year; a month, by week), or unknown. */
  unplaced: number;
}

export const UNKNOWN_ATTACKER = "Unknown attacker";

// Which date precisions fit in a bucket: a month-dated strike has a month but no week.
const PLACEABLE: Record<StrikeBucketSize, string[]> = { month: ["day", "month"], week: ["day"] };

/** Strikes per month or week and attacker; strikes dated too coarsely for the bucket are counted apart. */
export async function strikesOverTime(
  db: Db,
  filter: EventFilter = {},
  bucket: StrikeBucketSize = "month",
  seriesBy: "attacker" | "kind" = "attacker",
): Promise<StrikesOverTime> {
  const series = seriesBy === "attacker" ? events.attackerName : events.kind;
  const period =
    bucket === "month"
      ? sql<string>`substr(${events.dateFrom}, 1, 7)`
      : sql<string>`date(${events.dateFrom}, '-6 days', 'weekday 1')`;
  const placed = and(isNotNull(events.dateFrom), inArray(events.datePrecision, PLACEABLE[bucket]));
  const rows = await db
    .select({ period, series, strikes: count() })
    .from(events)
    .where(and(strikeWhere(filter), placed))
    .groupBy(period, series)
    .orderBy(period);
  const [all] = await db.select({ n: count() }).from(events).where(strikeWhere(filter));
  const buckets = rows.map((r) => ({ period: r.period, series: r.series ?? UNKNOWN_ATTACKER, strikes: r.strikes }));
  const placedTotal = buckets.reduce((sum, b) => sum + b.strikes, 0);
  return { buckets, unplaced: (all?.n ?? 0) - placedTotal };
}

export const OTHER_ATTACKERS = "Other attackers";

/**
 * Pivots buckets into chart rows: one per period (gaps filled), one column per series. Past
 * `maxSeries` series the rest share one "Other attackers" column, so the chart stays legible.
 */
export function pivotStrikes(
  buckets: readonly StrikeBucket[],
  bucket: StrikeBucketSize = "month",
  maxSeries = 6,
): {
  rows: Record<string, string | number>[];
  series: string[];
} {
  const totals = new Map<string, number>();
  for (const b of buckets) totals.set(b.series, (totals.get(b.series) ?? 0) + b.strikes);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([a]) => a);
  const kept = new Set(ranked.length > maxSeries ? ranked.slice(0, maxSeries - 1) : ranked);
  const column = (name: string) => (kept.has(name) ? name : OTHER_ATTACKERS);
  const series = ranked.length > maxSeries ? [...kept, OTHER_ATTACKERS] : ranked;
  const periods = (bucket === "month" ? monthRange : weekRange)(buckets.map((b) => b.period));
  const rows = periods.map((p) => {
    const row: Record<string, string | number> = { period: p };
    for (const a of series) row[a] = 0;
    return row;
  });
  const byPeriod = new Map(rows.map((r) => [r.period as string, r]));
  for (const b of buckets) {
    const row = byPeriod.get(b.period);
    if (row) row[column(b.series)] = (row[column(b.series)] as number) + b.strikes;
  }
  return { rows, series };
}

// Every month from the first to the last, so quiet months show as gaps rather than vanish.
function monthRange(months: readonly string[]): string[] {
  const sorted = [...new Set(months)].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  // Long spans would draw thousands of bars; past ten years, only months with data are kept.
  if ((ly - y) * 12 + (lm - m) > 120) return sorted;
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

// Every Monday from the first week to the last; past three years of weeks, only weeks with data are kept.
function weekRange(weeks: readonly string[]): string[] {
  const sorted = [...new Set(weeks)].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const start = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  if ((end - start) / DAY_MS / 7 > 156) return sorted;
  const out: string[] = [];
  for (let t = start; t <= end; t += 7 * DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
