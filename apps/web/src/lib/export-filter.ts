import type { ExportV1 } from "@deconflict/domain";

/** The export narrowed to some events: their claims, and the sources that tell them or the claims. */
export function narrowExport(all: ExportV1, eventRefs: ReadonlySet<string>): ExportV1 {
  const events = all.events.filter((e) => eventRefs.has(e.id));
  const claims = all.claims.filter((c) => c.event !== null && eventRefs.has(c.event));
  const sourceRefs = new Set([...events.flatMap((e) => e.sources), ...claims.map((c) => c.source)]);
  return { version: 1, sources: all.sources.filter((s) => sourceRefs.has(s.id)), events, claims };
}
