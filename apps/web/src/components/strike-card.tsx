import type { StrikeBucketSize, StrikesOverTime } from "@deconflict/db/queries/dashboard";
import { pivotStrikes } from "@deconflict/db/queries/dashboard";
import Link from "next/link";
import { humanize, plural } from "../lib/format.ts";
import { toQuery } from "../lib/params.ts";
import { StrikeChart } from "./strike-chart.tsx";

interface Props {
  title: string;
  strikes: StrikesOverTime;
  bucket: StrikeBucketSize;
  /** The page the toggle links to, and the params it keeps. */
  path: string;
  query: Record<string, string | number | undefined>;
  /** The filter a bar click starts from; the page's own filter unless told. */
  base?: Record<string, string | number | undefined>;
  seriesParam?: "attacker" | "kind";
}

/** The strike chart in its card, with a month/week toggle kept in the URL (`?bucket=week`). */
export function StrikeCard({ title, strikes, bucket, path, query, base = query, seriesParam = "attacker" }: Props) {
  // Kinds are shown as words ("drone strike"); a click still filters by the kind's value.
  const named =
    seriesParam === "kind" ? strikes.buckets.map((b) => ({ ...b, series: humanize(b.series) })) : strikes.buckets;
  const seriesValues =
    seriesParam === "kind" ? Object.fromEntries(strikes.buckets.map((b) => [humanize(b.series), b.series])) : undefined;
  const { rows, series } = pivotStrikes(named, bucket);
  const clickBase: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && v !== "") clickBase[k] = String(v);
  return (
    <section className="card" aria-labelledby="strikes-title" data-testid="strike-chart" data-bucket={bucket}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="strikes-title" className="card-title mb-0">
          {title}
        </h2>
        <nav aria-label="Bucket size" className="flex overflow-hidden rounded-md border border-slate-300 text-sm">
          {(["month", "week"] as const).map((b) => (
            <Link
              key={b}
              href={`${path}${toQuery({ ...query, bucket: b === "month" ? undefined : b })}`}
              aria-current={b === bucket ? "true" : undefined}
              data-testid={`bucket-${b}`}
              className={`px-3 py-1 no-underline ${b === bucket ? "bg-blue-700 text-white" : "bg-white text-slate-800 hover:bg-slate-100"}`}
            >
              {b === "month" ? "By month" : "By week"}
            </Link>
          ))}
        </nav>
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">No strikes with a known {bucket} match these filters.</p>
      ) : (
        <StrikeChart
          rows={rows}
          series={series}
          bucket={bucket}
          seriesParam={seriesParam}
          seriesValues={seriesValues}
          base={clickBase}
        />
      )}
      {strikes.unplaced > 0 ? (
        <p className="mt-1 text-xs text-slate-600" data-testid="strikes-unplaced" data-count={strikes.unplaced}>
          {plural(strikes.unplaced, "strike")} dated only to {bucket === "week" ? "a month or a year" : "a year"}, or
          not dated, {strikes.unplaced === 1 ? "is" : "are"} not in any bar.
        </p>
      ) : null}
    </section>
  );
}
