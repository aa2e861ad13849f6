import { FORCE_STATUSES } from "@deconflict/domain";
import Link from "next/link";
import { CoverageMatrix, EventsPerSource } from "../components/coverage-matrix.tsx";
import { NoDatabase, Problems } from "../components/empty-state.tsx";
import { EventsTable } from "../components/events-table.tsx";
import { ExportLinks } from "../components/export-links.tsx";
import { FilterForm } from "../components/filter-form.tsx";
import { ForcesChart } from "../components/forces-chart.tsx";
import { KpiCards } from "../components/kpi-cards.tsx";
import { MapPanel } from "../components/map/map-panel.tsx";
import { StrikeCard } from "../components/strike-card.tsx";
import { getDb } from "../lib/db.ts";
import { formatRange, humanize } from "../lib/format.ts";
import { filterParams, knownValues, parseBucket, parseEventFilter, type SearchParams, toQuery } from "../lib/params.ts";
import {
  coverageMatrix,
  eventsPerSource,
  filterOptions,
  forceTotals,
  kpis,
  listEvents,
  mapEvents,
  strikesOverTime,
} from "../lib/queries.ts";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const db = await getDb();
  if (!db) return <NoDatabase />;
  const options = await filterOptions(db);
  const params = await searchParams;
  const parsed = parseEventFilter(params, knownValues(options));
  const filter = parsed.value;
  const bucket = parseBucket(params);
  const problems = [...parsed.problems, ...bucket.problems];
  // At once: on PostgreSQL each goes to its own pooled connection (SQLite's one connection takes them in turn).
  const [counts, strikes, forces, coverage, perSource, recent, located] = await Promise.all([
    kpis(db, filter),
    strikesOverTime(db, filter, bucket.value),
    forceTotals(db, filter),
    coverageMatrix(db, filter),
    eventsPerSource(db, filter),
    listEvents(db, { filter, pageSize: 8 }),
    mapEvents(db, filter, 300),
  ]);
  const forceRows = pivotForces(forces);
  const query = toQuery(filterParams(filter));

  return (
    <>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Overview</h1>
        <ExportLinks query={query} />
      </div>
      <Problems problems={problems} />
      <FilterForm
        action="/"
        filter={filter}
        options={options}
        keep={{ bucket: params.bucket === "week" ? "week" : undefined }}
      />
      <KpiCards kpis={counts} />

      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-2">
        <StrikeCard
          title={`Strikes per ${bucket.value}, by attacker`}
          strikes={strikes}
          bucket={bucket.value}
          path="/"
          query={filterParams(filter)}
        />

        <section className="card" aria-labelledby="forces-title" data-testid="forces-chart">
          <h2 id="forces-title" className="card-title">
            Reported target forces
          </h2>
          {forceRows.length === 0 ? (
            <p className="text-sm text-slate-600">No forces reported for these events.</p>
          ) : (
            <>
              <ForcesChart
                rows={forceRows.filter((r) => r.category !== "personnel").map((r) => r.chart)}
                statuses={[...FORCE_STATUSES]}
              />
              <p className="mt-1 text-xs text-slate-600">
                Bars show equipment, the lowest reported count summed over events; personnel counts would dwarf them and
                are in the table, which gives every full range.
              </p>
              <div className="overflow-x-auto">
                <table className="table mt-2" data-testid="forces-table">
                  <thead>
                    <tr>
                      <th scope="col">Category</th>
                      {FORCE_STATUSES.map((s) => (
                        <th key={s} scope="col">
                          {s}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {forceRows.map((r) => (
                      <tr key={r.category} data-category={r.category}>
                        <th scope="row" className="font-normal">
                          {humanize(r.category)}
                        </th>
                        {FORCE_STATUSES.map((s) => (
                          <td key={s} className="tabular-nums" data-status={s}>
                            {r.ranges[s] ?? "—"}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      </div>

      <section className="card mt-4" aria-labelledby="map-title">
        <div className="mb-2 flex items-baseline justify-between">
          <h2 id="map-title" className="card-title">
            Where
          </h2>
          <Link href={`/map${query}`}>Open the map →</Link>
        </div>
        <MapPanel data={located} query={query} compact />
      </section>

      <section className="card mt-4" aria-labelledby="coverage-title">
        <h2 id="coverage-title" className="card-title">
          Source coverage
        </h2>
        {coverage.events.length === 0 ? (
          <p className="text-sm text-slate-600">No events match these filters.</p>
        ) : (
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_16rem]">
            <div className="min-w-0">
              <p className="mb-2 text-xs text-slate-600">
                The {coverage.events.length} most recent matching events and{" "}
                {coverage.sourceTotal > coverage.sources.length
                  ? `the ${coverage.sources.length} of their ${coverage.sourceTotal} sources that report the most of them.`
                  : "every source that reports them."}
              </p>
              <CoverageMatrix coverage={coverage} />
            </div>
            <div>
              <h3 className="mb-2 text-sm font-semibold">Events per source</h3>
              <EventsPerSource rows={perSource} />
            </div>
          </div>
        )}
      </section>

      <section className="card mt-4" aria-labelledby="recent-title">
        <div className="mb-2 flex items-baseline justify-between">
          <h2 id="recent-title" className="card-title">
            Recent events
          </h2>
          <Link href={`/events${query}`}>All {recent.total.toLocaleString("en-US")} events →</Link>
        </div>
        {recent.rows.length === 0 ? (
          <p className="text-sm text-slate-600">No events match these filters.</p>
        ) : (
          <EventsTable rows={recent.rows} caption="Most recent events" />
        )}
      </section>
    </>
  );
}

function pivotForces(totals: Awaited<ReturnType<typeof forceTotals>>) {
  const byCategory = new Map<
    string,
    { category: string; chart: Record<string, string | number>; ranges: Record<string, string> }
  >();
  for (const t of totals) {
    const row = byCategory.get(t.category) ?? {
      category: t.category,
      chart: { category: humanize(t.category), present: 0, hit: 0, destroyed: 0, damaged: 0 },
      ranges: {},
    };
    row.chart[t.status] = t.low;
    row.ranges[t.status] = formatRange({ low: t.low, high: t.high });
    byCategory.set(t.category, row);
  }
  return [...byCategory.values()].sort((a, b) => a.category.localeCompare(b.category));
}
