import data from "./json/places.json" with { type: "json" };

// A small gazetteer of conflict places with spelling variants (json/places.json). `level`: 0 site, 1 city/town, 2 region, 3 country.
export interface PlaceEntry {
  name: string;
  level: 0 | 1 | 2 | 3;
  aliases: readonly string[];
}

export const PLACES: readonly PlaceEntry[] = data.places as PlaceEntry[];

const ENTRIES = PLACES.map((p, i) => ({ alt: p.aliases.join("|"), i }));
export const PLACE_RE = new RegExp(
  `(?<![a-z0-9-])(?:${ENTRIES.map((e) => `(${e.alt})`).join("|")})(?![a-z0-9]|-(?:led|backed)\\b)`,
  "g",
);

export interface PlaceHit {
  start: number;
  end: number;
  place: PlaceEntry;
}

/** Places named in a lower-cased text. */
export function findPlaces(lower: string): PlaceHit[] {
  const out: PlaceHit[] = [];
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(lower); m; m = PLACE_RE.exec(lower)) {
    const gi = m.findIndex((g, k) => k > 0 && g !== undefined);
    const place = PLACES[gi - 1];
    if (place) out.push({ start: m.index, end: m.index + m[0].length, place });
  }
  return out;
}
