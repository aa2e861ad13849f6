"use client";

import { BarChart } from "@tremor/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatMonth } from "../lib/format.ts";

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

function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/**
 * Strikes per month stacked by attacker; clicking a bar opens that month's events for that attacker.
 * The numbers are also given as a table, for screen readers and for checking.
 */
export function StrikeChart({ rows, attackers }: { rows: Record<string, string | number>[]; attackers: string[] }) {
  const router = useRouter();
  // The table is drawn only once opened: years of months would otherwise double the page's weight.
  const [showTable, setShowTable] = useState(false);
  const data: Record<string, string | number>[] = rows.map((r) => ({ ...r, label: formatMonth(String(r.month)) }));
  return (
    <>
      <BarChart
        data={data}
        index="label"
        categories={attackers}
        colors={ATTACKER_COLORS.slice(0, Math.max(attackers.length, 1))}
        stack
        allowDecimals={false}
        yAxisWidth={36}
        className="h-72"
        showAnimation={false}
        onValueChange={(v) => {
          const row = rows.find((r) => formatMonth(String(r.month)) === v?.label);
          if (!v || !row) return;
          const { from, to } = monthBounds(String(row.month));
          const q = new URLSearchParams({ from, to });
          // "Unknown" and "Other attackers" are groupings, not names the filter can match.
          if (
            typeof v.categoryClicked === "string" &&
            !/^(Unknown attacker|Other attackers)$/.test(v.categoryClicked)
          ) {
            q.set("attacker", v.categoryClicked);
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
                  <th scope="col">Month</th>
                  {attackers.map((a) => (
                    <th key={a} scope="col">
                      {a}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data
                  .filter((r) => attackers.some((a) => Number(r[a]) > 0))
                  .map((r) => (
                    <tr key={String(r.month)} data-month={String(r.month)}>
                      <th scope="row" className="font-normal">
                        {r.label}
                      </th>
                      {attackers.map((a) => (
                        <td key={a} className="tabular-nums" data-attacker={a}>
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
