"use client";

import { BarChart } from "@tremor/react";
import { useRouter } from "next/navigation";
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

/** Strikes per month stacked by attacker; clicking a bar opens that month's events for that attacker. */
export function StrikeChart({ rows, attackers }: { rows: Record<string, string | number>[]; attackers: string[] }) {
  const router = useRouter();
  const data = rows.map((r) => ({ ...r, label: formatMonth(String(r.month)) }));
  return (
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
        if (typeof v.categoryClicked === "string" && v.categoryClicked !== "Unknown attacker") {
          q.set("attacker", v.categoryClicked);
        }
        router.push(`/events?${q.toString()}`);
      }}
    />
  );
}
