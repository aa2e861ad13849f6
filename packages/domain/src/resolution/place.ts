import type { Geo } from "../geo.ts";

/** Where a mention says the event happened: the text's name, and coordinates once a gazetteer knows it. */
export interface PlaceRef {
  name: string | null;
  geo: Geo | null;
}

/**
 * How two places relate:
 * - `same`: one name (normalised), or two names the gazetteer put at one point (within SAME_KM: a spelling variant);
 * - `inside`: one holds the other ("Kramatorsk" in "Kramatorsk district", a town within REGION_KM of its region's point);
 * - `near`: two named places whose coordinates lie within NEAR_KM (a village outside a town);
 * - `differs`: two names with no coordinates to compare and neither inside the other (the place might be broader);
 * - `apart`: coordinates too far apart: a contradiction;
 * - `unknown`: one side names no place.
 */
export type PlaceRelation = "same" | "inside" | "near" | "differs" | "apart" | "unknown";

export interface PlaceComparison {
  relation: PlaceRelation;
  /** Distance between the two points, when both have coordinates. */
  km: number | null;
}

// Two spellings of one town ("Kostiantynivka", "Kostyantynivka") resolve to one gazetteer point.
const SAME_KM = 0.5;
// Two names within a few km can be one strike told from the town and from its village; beyond that, two strikes:
// towns on a dense front lie 10-20 km apart. Camps and towns of Gaza lie 2-4 km apart, so "near" alone is not enough
// to join (see compareMentions).
export const NEAR_KM = 5;
// A first-level region (oblast, governorate) reaches this far from its point; a country holds anything in it.
const REGION_KM = 150;
const COUNTRY_KM = 1500;

// Words that frame a name rather than make it: "the city of Gaza", "southern Lebanon", "Donetsk region".
const FRAME_WORDS = new Set(
  "the of city town village district region province oblast governorate area outskirts northern southern eastern western central north south east west near".split(
    " ",
  ),
);

// Resolution compares each name many times: tokenise it once (bounded, so a long run does not hold every name).
const tokenCache = new Map<string, string[]>();

/** The words of a place name that identify it, lower-cased without diacritics or framing words. */
export function placeTokens(name: string): string[] {
  const cached = tokenCache.get(name);
  if (cached) return cached;
  if (tokenCache.size > 10_000) tokenCache.clear();
  const tokens = tokenise(name);
  tokenCache.set(name, tokens);
  return tokens;
}

function tokenise(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !FRAME_WORDS.has(w));
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const reach = (geo: Geo) => (geo.precision === "country" ? COUNTRY_KM : geo.precision === "region" ? REGION_KM : 0);

function byCoordinates(a: Geo, b: Geo, sameName: boolean): PlaceComparison {
  const km = Math.round(distanceKm(a, b) * 10) / 10;
  if (a.precision !== "place" || b.precision !== "place") {
    // A region or country holds a town when the town lies within its reach.
    if (a.precision === b.precision) return { relation: sameName || km <= SAME_KM ? "same" : "apart", km };
    return { relation: km <= Math.max(reach(a), reach(b)) ? "inside" : "apart", km };
  }
  if (sameName || km <= SAME_KM) return { relation: "same", km };
  return { relation: km <= NEAR_KM ? "near" : "apart", km };
}

/** Compares two places: by coordinates when both have them, else by their names. */
export function comparePlaces(a: PlaceRef, b: PlaceRef): PlaceComparison {
  const ta = a.name ? placeTokens(a.name) : [];
  const tb = b.name ? placeTokens(b.name) : [];
  const sameName = ta.length > 0 && ta.join(" ") === tb.join(" ");
  if (a.geo && b.geo) return byCoordinates(a.geo, b.geo, sameName);
  if (!ta.length || !tb.length) return { relation: "unknown", km: null };
  if (sameName) return { relation: "same", km: null };
  // "Gaza" and "Gaza City" share their name; "Lebanon" is inside "southern Lebanon".
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const inside = short.every((w) => long.includes(w));
  return { relation: inside ? "inside" : "differs", km: null };
}

/** Whether the relation is positive evidence that two tellings are one event. */
export function placesAgree(relation: PlaceRelation): boolean {
  return relation === "same" || relation === "inside" || relation === "near";
}

// Grid cells of a tenth of a degree (about 11 km): a place-precise point and its neighbours' cells hold every
// point within NEAR_KM.
const CELL_DEGREES = 0.1;

/**
 * The buckets in which a place may meet a place it agrees with: for place-precise coordinates, the grid cell and
 * its eight neighbours ("g:…"); for a name, each identifying word ("n:…"); a region- or country-wide point is
 * broad ("*"), compared with everything.
 */
export function placeCells(place: PlaceRef): { own: string[]; probe: string[] } {
  if (place.geo && place.geo.precision !== "place") return { own: ["*"], probe: ["*all"] };
  const names = place.name ? placeTokens(place.name).map((w) => `n:${w}`) : [];
  if (!place.geo) return { own: names, probe: [...names, "*"] };
  const row = Math.floor(place.geo.lat / CELL_DEGREES);
  const col = Math.floor(place.geo.lon / CELL_DEGREES);
  const probe: string[] = [];
  for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) probe.push(`g:${row + dr}:${col + dc}`);
  return { own: [`g:${row}:${col}`, ...names], probe: [...probe, ...names, "*"] };
}
