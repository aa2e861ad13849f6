"use client";

import { BarChart } from "@tremor/react";

export const STATUS_COLORS = ["slate", "amber", "rose", "violet"];

/** The lowest reported counts by category, one bar per status side by side. */
export function ForcesChart({ rows, statuses }: { rows: Record<string, string | number>[]; statuses: string[] }) {
  return (
    <BarChart
      data={rows}
      index="category"
      categories={statuses}
      colors={STATUS_COLORS}
      allowDecimals={false}
      yAxisWidth={36}
      className="h-72"
      showAnimation={false}
    />
  );
}
