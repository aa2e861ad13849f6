import type { MapEvent } from "@deconflict/db/queries/dashboard";

// Thousands of markers travel in the page as one compact table: each event a row of numbers pointing into one list
// of the strings they share (kinds, grades, actor names and keys, places, dates), about a sixth of the objects' size.
export interface PackedEvents {
  strings: string[];
  /** Per event: id, lat, lon, then string indexes (-1 for none) and casualty figures (-1 for none). */
  rows: number[][];
}

const STRING_FIELDS = [
  "precision",
  "kind",
  "date",
  "location",
  "attacker",
  "attackerKey",
  "target",
  "targetKey",
  "grade",
] as const;

export function packEvents(events: readonly MapEvent[]): PackedEvents {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string | null) => {
    if (s === null) return -1;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const count = (q: { low: number; high: number | null } | null) => [q ? q.low : -1, q?.high ?? -1];
  const rows = events.map((e) => [
    e.id,
    e.lat,
    e.lon,
    ...STRING_FIELDS.map((f) => ref(e[f])),
    ...count(e.killed),
    ...count(e.wounded),
  ]);
  return { strings, rows };
}

export function unpackEvents(packed: PackedEvents): MapEvent[] {
  const str = (i: number | undefined) => (i === undefined || i < 0 ? null : (packed.strings[i] ?? null));
  const count = (low: number | undefined, high: number | undefined) =>
    low === undefined || low < 0 ? null : { low, high: high === undefined || high < 0 ? null : high };
  return packed.rows.map((r) => {
    const s = (f: (typeof STRING_FIELDS)[number]) => str(r[3 + STRING_FIELDS.indexOf(f)]);
    const n = 3 + STRING_FIELDS.length;
    return {
      id: r[0] ?? 0,
      lat: r[1] ?? 0,
      lon: r[2] ?? 0,
      precision: s("precision"),
      kind: s("kind") ?? "other-attack",
      date: s("date"),
      location: s("location"),
      attacker: s("attacker"),
      attackerKey: s("attackerKey"),
      target: s("target"),
      targetKey: s("targetKey"),
      grade: s("grade") ?? "single-source",
      killed: count(r[n], r[n + 1]),
      wounded: count(r[n + 2], r[n + 3]),
    };
  });
}
