import type { EventKind } from "@deconflict/domain";

// One colour per event kind, dark enough for white marker outlines and AA contrast in the legend.
export const KIND_COLORS: Record<EventKind, string> = {
  airstrike: "#1d4ed8",
  "missile-strike": "#b91c1c",
  "drone-strike": "#7c3aed",
  "artillery-strike": "#c2410c",
  "ground-attack": "#047857",
  shootdown: "#0e7490",
  "other-attack": "#475569",
};

export function kindColor(kind: string): string {
  return KIND_COLORS[kind as EventKind] ?? "#475569";
}

/** Marker radius in screen pixels: area grows with killed plus wounded, so one mass-casualty event stands out. */
export function markerRadius(casualties: number): number {
  return Math.min(4 + 2.2 * Math.sqrt(Math.max(casualties, 0)), 24);
}
