import type { ExportV1 } from "@deconflict/domain";

/**
 * An export with ids replaced by content: sources by file, events by their fields and sorted source files.
 * Ids are assigned in insertion order, so two runs that store the same things in a different order
 * (a crash and a resume, two ingests racing) get different ids for equal data.
 */
export function canonicalExport(exp: ExportV1): string {
  const fileOf = new Map(exp.sources.map((s) => [s.id, s.file]));
  const file = (id: string) => fileOf.get(id) ?? `?${id}`;
  const sortJson = <T>(items: T[]) => items.map((i) => JSON.stringify(i)).sort();
  const eventKey = new Map(
    exp.events.map((e) => {
      const { id: _id, sources, ...rest } = e;
      return [
        e.id,
        JSON.stringify({
          ...rest,
          sources: sources.map(file).sort(),
          forces: sortJson(rest.forces),
          casualties: sortJson(rest.casualties),
        }),
      ];
    }),
  );
  return JSON.stringify(
    {
      version: exp.version,
      sources: sortJson(exp.sources.map(({ id: _id, ...s }) => s)),
      events: [...eventKey.values()].sort(),
      claims: sortJson(
        exp.claims.map((c) => ({
          ...c,
          source: file(c.source),
          event: c.event ? (eventKey.get(c.event) ?? null) : null,
        })),
      ),
    },
    null,
    1,
  );
}
