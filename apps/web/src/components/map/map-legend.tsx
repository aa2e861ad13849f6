import { humanize } from "../../lib/format.ts";
import { kindColor } from "./kind-colors.ts";

/** Which colour is which kind, for the kinds on the map, and what a marker's size means. */
export function MapLegend({ kinds }: { kinds: string[] }) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700" data-testid="map-legend">
      {kinds.map((k) => (
        <span key={k} className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-full" style={{ background: kindColor(k) }} aria-hidden="true" />
          {humanize(k)}
        </span>
      ))}
      <span>Larger markers: more killed and wounded.</span>
    </div>
  );
}
