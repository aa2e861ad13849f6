import type { MapData } from "@deconflict/db/queries/dashboard";
import Link from "next/link";
import { plural } from "../../lib/format.ts";
import { Stat } from "../stat.tsx";
import { EventMap } from "./event-map.tsx";
import { MapLegend } from "./map-legend.tsx";
import { packEvents } from "./pack.ts";

/** The map with its counts beside it: how many events are drawn, and how many have no known place. */
export function MapPanel({ data, query, compact = false }: { data: MapData; query: string; compact?: boolean }) {
  const kinds = [...new Set(data.events.map((e) => e.kind))].sort();
  const counts = (
    <dl className="grid grid-cols-2 content-start gap-2 text-sm lg:grid-cols-1" data-testid="map-counts">
      <Stat label="On the map" testId="map-located" count={data.located} />
      <Stat label="No known place" testId="map-unlocated" count={data.unlocated} />
      {data.located > data.events.length ? (
        <p className="col-span-2 text-xs text-slate-600 lg:col-span-1">
          Showing the {plural(data.events.length, "most recent event")}; narrow the filters to see the rest.
        </p>
      ) : null}
      <p className="col-span-2 text-xs lg:col-span-1">
        <Link href={`/events${query}`}>These events as a list →</Link>
      </p>
    </dl>
  );
  if (data.events.length === 0) {
    return (
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_11rem]">
        <div className="rounded-md border border-dashed border-slate-300 py-10 text-center" role="status">
          <p className="font-semibold text-slate-800">No events with a known place match these filters</p>
          <p className="mt-1 text-sm text-slate-600">
            {data.unlocated > 0
              ? `${plural(data.unlocated, "matching event")} could not be placed on the map.`
              : "Try a wider date range or fewer filters."}
          </p>
        </div>
        {counts}
      </div>
    );
  }
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_11rem]">
      <div className="min-w-0">
        <EventMap
          packed={packEvents(data.events)}
          compact={compact}
          label={`Map of ${plural(data.events.length, "located event")}`}
        />
        <MapLegend kinds={kinds} />
      </div>
      {counts}
    </div>
  );
}
