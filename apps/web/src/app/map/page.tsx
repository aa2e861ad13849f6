import type { Metadata } from "next";
import { NoDatabase, Problems } from "../../components/empty-state.tsx";
import { FilterForm } from "../../components/filter-form.tsx";
import { MapPanel } from "../../components/map/map-panel.tsx";
import { getDb } from "../../lib/db.ts";
import { filterParams, knownValues, parseEventFilter, type SearchParams, toQuery } from "../../lib/params.ts";
import { filterOptions, mapEvents } from "../../lib/queries.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Map" };

export default async function MapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const db = await getDb();
  if (!db) return <NoDatabase />;
  const options = await filterOptions(db);
  const { value: filter, problems } = parseEventFilter(await searchParams, knownValues(options));
  const data = await mapEvents(db, filter);
  return (
    <>
      <h1 className="mb-3 text-2xl font-bold">Map</h1>
      <Problems problems={problems} />
      <FilterForm action="/map" filter={filter} options={options} />
      <section className="card" aria-label="Events on the map">
        <MapPanel data={data} query={toQuery(filterParams(filter))} />
      </section>
    </>
  );
}
