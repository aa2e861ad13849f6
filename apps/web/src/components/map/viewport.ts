import { type GeoProjection, geoNaturalEarth1 } from "d3-geo";

/** A pan and zoom: screen = map × k + (x, y). */
export interface View {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: View = { k: 1, x: 0, y: 0 };
export const MAX_ZOOM = 64;

/** Zooms by `factor` keeping the screen point (cx, cy) over the same place. */
export function zoomAt(view: View, factor: number, cx: number, cy: number): View {
  const k = Math.min(Math.max(view.k * factor, 1), MAX_ZOOM);
  const f = k / view.k;
  return { k, x: cx - (cx - view.x) * f, y: cy - (cy - view.y) * f };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

const PAN_STEP = 60;

/** The view after a key press on the map (arrows pan, + and − zoom about the centre, 0 refits), or null for other keys. */
export function viewForKey(view: View, key: string, cx: number, cy: number): View | null {
  switch (key) {
    case "ArrowLeft":
      return panBy(view, PAN_STEP, 0);
    case "ArrowRight":
      return panBy(view, -PAN_STEP, 0);
    case "ArrowUp":
      return panBy(view, 0, PAN_STEP);
    case "ArrowDown":
      return panBy(view, 0, -PAN_STEP);
    case "+":
    case "=":
      return zoomAt(view, 1.5, cx, cy);
    case "-":
      return zoomAt(view, 1 / 1.5, cx, cy);
    case "0":
      return IDENTITY;
    default:
      return null;
  }
}

// Below this span a fit would zoom onto one town and lose every landmark; a few degrees keep the region in sight.
const MIN_SPAN_DEG = 8;

/** A projection that fits the points' extent (padded) into width × height, or the whole world with no points. */
export function fitProjection(points: readonly { lat: number; lon: number }[], width: number, height: number) {
  const projection: GeoProjection = geoNaturalEarth1();
  const margin = Math.min(24, width / 10);
  const extent: [[number, number], [number, number]] = [
    [margin, margin],
    [width - margin, height - margin],
  ];
  if (points.length === 0) return projection.fitExtent(extent, { type: "Sphere" });
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const p of points) {
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  const padLon = Math.max((MIN_SPAN_DEG - (e - w)) / 2, (e - w) * 0.1);
  const padLat = Math.max((MIN_SPAN_DEG - (n - s)) / 2, (n - s) * 0.1);
  [w, e] = [Math.max(w - padLon, -180), Math.min(e + padLon, 180)];
  [s, n] = [Math.max(s - padLat, -85), Math.min(n + padLat, 85)];
  return projection.fitExtent(extent, {
    type: "MultiPoint",
    coordinates: [
      [w, s],
      [e, n],
      [w, n],
      [e, s],
      [(w + e) / 2, s],
      [(w + e) / 2, n],
    ],
  });
}
