import { and, count, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../client.ts";
import { events } from "../../schema/index.ts";
import { type EventFilter, strikeWhere } from "./filter.ts";

export interface StrikeBucket {
  /** "2017-05": the month the strike's date falls in. */
  month: string;
  attacker: string;
  strikes: number;
}

export const UNKNOWN_ATTACKER = "Unknown attacker";

/** Strikes per month and attacker. Year-only dates cannot be placed in a month and are left out. */
export async function strikesByMonth(db: Db, filter: EventFilter = {}): Promise<StrikeBucket[]> {
  const month = sql<string>`substr(${events.dateFrom}, 1, 7)`;
  const rows = await db
    .select({ month, attacker: events.attackerName, strikes: count() })
    .from(events)
    .where(and(strikeWhere(filter), isNotNull(events.dateFrom), inArray(events.datePrecision, ["day", "month"])))
    .groupBy(month, events.attackerName)
    .orderBy(month);
  return rows.map((r) => ({ month: r.month, attacker: r.attacker ?? UNKNOWN_ATTACKER, strikes: r.strikes }));
}

export const OTHER_ATTACKERS = "Other attackers";

/**
 * Pivots buckets into chart rows: one per month (gaps filled), one column per attacker. Past
 * `maxSeries` attackers the rest share one "Other attackers" column, so the chart stays legible.
 */
export function pivotByMonth(
  buckets: readonly StrikeBucket[],
  maxSeries = 6,
): {
  rows: Record<string, string | number>[];
  attackers: string[];
} {
  const totals = new Map<string, number>();
  for (const b of buckets) totals.set(b.attacker, (totals.get(b.attacker) ?? 0) + b.strikes);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([a]) => a);
  const kept = new Set(ranked.length > maxSeries ? ranked.slice(0, maxSeries - 1) : ranked);
  const series = (attacker: string) => (kept.has(attacker) ? attacker : OTHER_ATTACKERS);
  const attackers = ranked.length > maxSeries ? [...kept, OTHER_ATTACKERS] : ranked;
  const months = monthRange(buckets.map((b) => b.month));
  const rows = months.map((m) => {
    const row: Record<string, string | number> = { month: m };
    for (const a of attackers) row[a] = 0;
    return row;
  });
  const byMonth = new Map(rows.map((r) => [r.month as string, r]));
  for (const b of buckets) {
    const row = byMonth.get(b.month);
    if (row) row[series(b.attacker)] = (row[series(b.attacker)] as number) + b.strikes;
  }
  return { rows, attackers };
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
