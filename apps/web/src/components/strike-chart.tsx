"use client";

import type { StrikeBucketSize } from "@deconflict/db/queries/dashboard";
import { periodBounds } from "@deconflict/domain";
import { BarChart } from "@tremor/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatPeriod } from "../lib/format.ts";

export const ATTACKER_COLORS = [
  "blue",
  "amber",
  "rose",
  "emerald",
  "violet",
  "cyan",
  "orange",
  "teal",
  "fuchsia",
  "lime",
];

interface Props {
  rows: Record<string, string | number>[];
  series: string[];
  bucket: StrikeBucketSize;
  /** What a stack is: an attacker's name, or an event kind; a click filters the events list by it. */
  seriesParam?: "attacker" | "kind";
  /** The param value behind each series label, when the labels are not the values themselves. */
  seriesValues?: Record<string, string>;
  /** The filters in force, as URL params: a click keeps them and narrows to the bar's dates. */
  base?: Record<string, string>;
}

/**
 * Strikes per month or week, stacked; clicking a bar opens that period's events for that stack.
 * The numbers are also given as a table, for screen readers and for checking.
 */
export function StrikeChart({ rows, series, bucket, seriesParam = "attacker", seriesValues, base = {} }: Props) {
  const router = useRouter();
  // The table is drawn only once opened: years of weeks would otherwise double the page's weight.
  const [showTable, setShowTable] = useState(false);
  const data: Record<string, string | number>[] = rows.map((r) => ({
    ...r,
    label: formatPeriod(String(r.period), bucket),
  }));
  return (
    <>
      <BarChart
        data={data}
        index="label"
        categories={series}
        colors={ATTACKER_COLORS.slice(0, Math.max(series.length, 1))}
        stack
        allowDecimals={false}
        yAxisWidth={36}
        className="h-72"
        showAnimation={false}
        onValueChange={(v) => {
          const row = data.find((r) => r.label === v?.label);
          if (!v || !row) return;
          const q = new URLSearchParams({ ...base, ...periodBounds(String(row.period)) });
          // "Unknown" and "Other attackers" are groupings, not names the filter can match.
          if (
            typeof v.categoryClicked === "string" &&
            !/^(Unknown attacker|Other attackers)$/.test(v.categoryClicked)
          ) {
            q.set(seriesParam, seriesValues?.[v.categoryClicked] ?? v.categoryClicked);
          }
          router.push(`/events?${q.toString()}`);
        }}
      />
      <details className="mt-2 text-sm" onToggle={(e) => setShowTable(e.currentTarget.open)}>
        <summary className="cursor-pointer text-slate-700">Show the numbers</summary>
        {showTable ? (
          <div className="overflow-x-auto">
            <table className="table mt-2" data-testid="strike-table">
              <thead>
                <tr>
                  <th scope="col">{bucket === "week" ? "Week" : "Month"}</th>
                  {series.map((a) => (
                    <th key={a} scope="col">
                      {a}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data
                  .filter((r) => series.some((a) => Number(r[a]) > 0))
                  .map((r) => (
                    <tr key={String(r.period)} data-period={String(r.period)}>
                      <th scope="row" className="font-normal">
                        {r.label}
                      </th>
                      {series.map((a) => (
                        <td key={a} className="tabular-nums" data-series={a}>
                          {r[a]}
                        </td>
                      ))}
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </details>
    </>
  );
}
