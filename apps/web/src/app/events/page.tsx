import type { Metadata } from "next";
import { EmptyState, NoDatabase, Problems } from "../../components/empty-state.tsx";
import { EventsTable } from "../../components/events-table.tsx";
import { ExportLinks } from "../../components/export-links.tsx";
import { FilterForm } from "../../components/filter-form.tsx";
import { Pagination } from "../../components/pagination.tsx";
import { getDb } from "../../lib/db.ts";
import {
  filterParams,
  knownValues,
  parseEventFilter,
  parseListParams,
  type SearchParams,
  toQuery,
} from "../../lib/params.ts";
import { filterOptions, listEvents } from "../../lib/queries.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const db = await getDb();
  if (!db) return <NoDatabase />;
  const params = await searchParams;
  const options = await filterOptions(db);
  const filter = parseEventFilter(params, knownValues(options));
  const list = parseListParams(params);
  const { sort, dir, page } = list.value;
  const result = await listEvents(db, { filter: filter.value, sort, dir, page });
  const effectiveDir = dir ?? (sort === "date" || sort === "sources" ? "desc" : "asc");
  const base = filterParams(filter.value);
  const withSort = { ...base, sort: sort === "date" ? undefined : sort, dir };

  return (
    <>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Events</h1>
        <ExportLinks query={toQuery(base)} />
      </div>
      <Problems problems={[...filter.problems, ...list.problems]} />
      <FilterForm action="/events" filter={filter.value} options={options} keep={{ sort: withSort.sort, dir }} />
      <section className="card" aria-label="Matching events">
        {result.total === 0 ? (
          <EmptyState title="No events match these filters">Try a wider date range or fewer filters.</EmptyState>
        ) : (
          <>
            <EventsTable
              rows={result.rows}
              caption="Events matching the filters"
              sorting={{ sort, dir: effectiveDir, base }}
            />
            <Pagination
              path="/events"
              page={result.page}
              pageCount={result.pageCount}
              total={result.total}
              base={withSort}
              noun={result.total === 1 ? "event" : "events"}
            />
          </>
        )}
      </section>
    </>
  );
}
