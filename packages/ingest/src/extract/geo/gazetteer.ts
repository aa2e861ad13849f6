// The in-memory gazetteer: GeoNames places, regions and countries from tables/geonames.json.gz (made by
// scripts/build-gazetteer.ts, with its keys precomputed and sorted) plus the hand-kept sites, areas and variants
// of tables/*.tsv. Built once, on first use.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { exactKey, looseKey, looseWeight } from "./keys.ts";
import type { PlaceKind } from "./types.ts";

const DATA = new URL("./tables/", import.meta.url);

interface KeyIndex {
  keys: string[];
  /** Per key: the one entry id, or the ids of a shared name. */
  ids: (number | number[])[];
}

/** Names that point at their country, precomputed from the GeoNames entries (see country-indicators.ts). */
export interface Claims {
  key: string[];
  /** Two letters per claim. */
  country: string;
  weight: number[];
  size: number[];
}

interface GeoNamesData {
  firstPlace: number;
  firstCountry: number;
  name: string[];
  country: string;
  region: number[];
  lat: number[];
  lon: number[];
  population: number[];
  rank: string;
  regionType: string[];
  capital: string[];
  nationality: string[];
  exact: KeyIndex;
  loose: KeyIndex;
  seats: [string, number][];
  common: string[];
  claims: Claims;
}

/** Every entry by id: regions, places, countries from GeoNames, then the hand-kept sites and areas. */
export interface Gazetteer {
  size: number;
  name: (id: number) => string;
  kind: (id: number) => PlaceKind;
  /** ISO code, "" for an area across borders. */
  country: (id: number) => string;
  /** The region id a place lies in, or -1. */
  region: (id: number) => number;
  lat: (id: number) => number;
  lon: (id: number) => number;
  population: (id: number) => number;
  /** 3 country, 2 capital, 1 seat of a region, 0 other. */
  rank: (id: number) => number;
  exact: (key: string) => readonly number[];
  /** Whether some name's exact key is `key` or starts with `key` and a space, so a scan may go on. */
  startsName: (key: string) => boolean;
  loose: (key: string) => readonly number[];
  /** The region whose seat is the place named `key` in country `cc` ("Donetsk" -> Donetsk oblast). */
  regionOfSeat: (cc: string, key: string) => number;
  /** Whether the region's seat is known (a capital or region seat of GeoNames mapped to it). */
  hasSeat: (region: number) => boolean;
  isCommonWord: (key: string) => boolean;
  /** From the hand-kept known-places.tsv: ids from `firstHandKept` to `size`. */
  handKept: (id: number) => boolean;
  firstHandKept: number;
  claims: Claims;
  countryId: (cc: string) => number;
  /** Per country: its names, capital, nationality adjectives (from the data) and hand-kept demonyms. */
  countries: { code: string; names: string[]; capital: string; nationality: string[]; demonyms: string[] }[];
}

let built: Gazetteer | undefined;

/** The gazetteer, built on first call, shared after. */
export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

/** Rows of a hand-kept tab-separated file, comments and blank lines skipped. */
export function dataRows(file: string): string[][] {
  return readFileSync(new URL(file, DATA), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t").map((c) => c.trim()));
}

/** The first position whose key is not below `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function find(index: KeyIndex, key: string): number[] {
  let lo = 0;
  let hi = index.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = index.keys[mid] ?? "";
    if (k === key) {
      const ids = index.ids[mid] ?? [];
      return typeof ids === "number" ? [ids] : ids;
    }
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return [];
}

interface Extra {
  name: string;
  kind: PlaceKind;
  cc: string;
  lat: number;
  lon: number;
}

function build(): Gazetteer {
  const d = JSON.parse(gunzipSync(readFileSync(new URL("geonames.json.gz", DATA))).toString("utf8")) as GeoNamesData;
  const base = d.name.length;
  const extras: Extra[] = [];
  // Names the hand-kept files add, to GeoNames entries or to their own.
  const exactExtra = new Map<string, number[]>();
  const looseExtra = new Map<string, number[]>();
  const addName = (name: string, id: number): void => {
    const ek = exactKey(name);
    if (!ek) return;
    push(exactExtra, ek, id);
    const lk = looseKey(name);
    if (looseWeight(lk) >= 2) push(looseExtra, lk, id);
  };
  for (const [kind = "", names = "", cc = "", lat = "", lon = ""] of dataRows("known-places.tsv")) {
    const all = names.split("|");
    const id = base + extras.length;
    extras.push({
      name: all[0] ?? "",
      kind: kind === "site" ? "site" : kind === "town" ? "place" : "region",
      cc: cc === "-" ? "" : cc,
      lat: Number(lat),
      lon: Number(lon),
    });
    // Their names are all listed, so no skeleton: "Hmeimim" must not answer for "Hama".
    for (const alias of all) push(exactExtra, exactKey(alias), id);
  }
  const countryCode = (id: number): string =>
    id >= base ? (extras[id - base]?.cc ?? "") : d.country.slice(2 * id, 2 * id + 2);
  const exact = (key: string): number[] => {
    const own = find(d.exact, key);
    const more = exactExtra.get(key);
    return more ? [...own, ...more.filter((id) => !own.includes(id))] : own;
  };
  // A variant names the GeoNames entry of that spelling (the city "Gaza" for "Gaza City", not the Strip), else a
  // hand-kept one.
  for (const [variant = "", canonical = "", cc = ""] of dataRows("variants.tsv")) {
    const ids = exact(exactKey(canonical)).filter((id) => countryCode(id) === (cc === "-" ? "" : cc));
    const fromData = ids.filter((id) => id < base);
    for (const id of fromData.length ? fromData : ids) addName(variant, id);
  }
  const countryIds = new Map<string, number>();
  for (let id = d.firstCountry; id < base; id++) countryIds.set(countryCode(id), id);
  const demonyms = new Map<string, string[]>();
  const aliases = new Map<string, string[]>();
  for (const [code = "", names = "", adjectives = ""] of dataRows("country-aliases.tsv")) {
    const id = countryIds.get(code);
    if (id === undefined) continue;
    aliases.set(code, names.split("|").filter(Boolean));
    demonyms.set(code, adjectives.split("|").filter(Boolean));
    for (const alias of aliases.get(code) ?? []) addName(alias, id);
  }
  const seats = new Map(d.seats);
  const seatRegions = new Set(seats.values());
  // Every word-prefix of the hand-kept names, for `startsName`.
  const extraPrefixes = new Set<string>();
  for (const key of exactExtra.keys()) {
    const words = key.split(" ");
    for (let n = 1; n <= words.length; n++) extraPrefixes.add(words.slice(0, n).join(" "));
  }
  const common = new Set(d.common);
  const extra = (id: number): Extra | undefined => extras[id - base];
  return {
    size: base + extras.length,
    name: (id) => (id >= base ? (extra(id)?.name ?? "") : (d.name[id] ?? "")),
    kind: (id) =>
      id >= base
        ? (extra(id)?.kind ?? "place")
        : id >= d.firstCountry
          ? "country"
          : id >= d.firstPlace
            ? "place"
            : "region",
    country: countryCode,
    region: (id) => (id >= base ? -1 : (d.region[id] ?? -1)),
    lat: (id) => (id >= base ? (extra(id)?.lat ?? 0) : (d.lat[id] ?? 0)),
    lon: (id) => (id >= base ? (extra(id)?.lon ?? 0) : (d.lon[id] ?? 0)),
    population: (id) => (id >= base ? 0 : (d.population[id] ?? 0)),
    rank: (id) => (id >= base ? 0 : Number(d.rank[id] ?? 0)),
    exact,
    startsName: (key) => {
      if (extraPrefixes.has(key)) return true;
      const i = lowerBound(d.exact.keys, key);
      const k = d.exact.keys[i];
      return k !== undefined && (k === key || k.startsWith(`${key} `));
    },
    loose: (key) => {
      const own = find(d.loose, key);
      const more = looseExtra.get(key);
      return more ? [...own, ...more.filter((id) => !own.includes(id))] : own;
    },
    regionOfSeat: (cc, key) => seats.get(`${cc}|${key}`) ?? -1,
    hasSeat: (region) => seatRegions.has(region),
    isCommonWord: (key) => common.has(key),
    handKept: (id) => id >= base,
    firstHandKept: base,
    claims: d.claims,
    countryId: (cc) => countryIds.get(cc) ?? -1,
    countries: [...countryIds].map(([code, id]) => ({
      code,
      names: [d.name[id] ?? "", ...(aliases.get(code) ?? [])],
      capital: d.capital[id - d.firstCountry] ?? "",
      nationality: (d.nationality[id - d.firstCountry] ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
      demonyms: demonyms.get(code) ?? [],
    })),
  };
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}
