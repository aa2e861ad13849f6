// Names that tell which country an article is about, with how strongly: the country's own names, its demonyms,
// its capital, then its regions, sites and larger towns. The GeoNames part is keyed by the build script
// (`entryClaim` says which entries count); the countries and hand-kept entries are added on first use.
import { type Gazetteer, gazetteer } from "./gazetteer.ts";
import { exactKey } from "./keys.ts";

export interface Indicator {
  country: string;
  weight: number;
}

export interface Indicators {
  byKey: Map<string, Indicator>;
  /** First words of every key, so a scan tries longer keys only where one can start. */
  firstWords: Set<string>;
  maxWords: number;
}

const WEIGHT = { country: 3, demonym: 2, capital: 2, site: 2, region: 1.5, town: 1 } as const;
// Towns this size or seats of a region are known enough to point at their country.
const TOWN_MIN_POPULATION = 100_000;
const SEAT_MIN_POPULATION = 20_000;
// A name shared across countries points at one only when its biggest holder dwarfs the rest.
const DOMINANCE = 3;
const REGION_WORD = / (?:governorate|province|region|state|oblast|district|department|county|prefecture)$/i;

/** Whether a region or town points at its country, under which name, how strongly, and how big it is. */
export function entryClaim(
  kind: "region" | "place",
  name: string,
  population: number,
  rank: number,
): { name: string; weight: number; size: number } | null {
  if (kind === "region") return { name: name.replace(REGION_WORD, ""), weight: WEIGHT.region, size: 5e5 };
  const known = population >= TOWN_MIN_POPULATION || (rank >= 1 && population >= SEAT_MIN_POPULATION);
  return known ? { name, weight: WEIGHT.town, size: population } : null;
}

let built: Indicators | undefined;

export function countryIndicators(): Indicators {
  built ??= build(gazetteer());
  return built;
}

interface Claim {
  country: string;
  weight: number;
  size: number;
}

function build(g: Gazetteer): Indicators {
  const claims = new Map<string, Claim[]>();
  const claimKey = (key: string, country: string, weight: number, size: number): void => {
    if (key.replace(/ /g, "").length < 3 && weight < WEIGHT.country) return;
    const list = claims.get(key);
    if (list) list.push({ country, weight, size });
    else claims.set(key, [{ country, weight, size }]);
  };
  const claim = (name: string, country: string, weight: number, size: number): void =>
    claimKey(exactKey(name.replace(/['’]s$/, "")), country, weight, size);
  const data = g.claims;
  data.key.forEach((key, i) => {
    claimKey(key, data.country.slice(2 * i, 2 * i + 2), data.weight[i] ?? 0, data.size[i] ?? 0);
  });
  for (const c of g.countries) {
    for (const n of c.names) claim(n, c.code, WEIGHT.country, Number.MAX_SAFE_INTEGER);
    c.nationality.forEach((n, i) => {
      claim(n, c.code, WEIGHT.demonym, i === 0 ? 2 : 1);
      // "Syrians", "Afghans", "Iraqis": the plural of an -n or -i demonym.
      if (/[ni]$/.test(n)) claim(`${n}s`, c.code, WEIGHT.demonym, i === 0 ? 2 : 1);
    });
    for (const n of c.demonyms) claim(n, c.code, WEIGHT.demonym, 3);
    if (c.capital) claim(c.capital, c.code, WEIGHT.capital, 1e9);
  }
  for (let id = g.firstHandKept; id < g.size; id++) {
    const cc = g.country(id);
    if (!cc) continue;
    const kind = g.kind(id);
    claim(g.name(id), cc, kind === "site" ? WEIGHT.site : kind === "region" ? WEIGHT.region : WEIGHT.town, 1e6);
  }
  const byKey = new Map<string, Indicator>();
  for (const [key, list] of claims) {
    const best = pick(list);
    if (best) byKey.set(key, best);
  }
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const key of byKey.keys()) {
    const space = key.indexOf(" ");
    firstWords.add(space < 0 ? key : key.slice(0, space));
    if (space >= 0) maxWords = Math.max(maxWords, Math.min(key.split(" ").length, 4));
  }
  return { byKey, firstWords, maxWords };
}

// The strongest kind of claim wins ("Georgia" the country over the US state); within it, a clear biggest holder.
function pick(list: Claim[]): Indicator | null {
  const [only] = list;
  if (list.length === 1 && only) return { country: only.country, weight: only.weight };
  const top = Math.max(...list.map((c) => c.weight));
  const strongest = list.filter((c) => c.weight === top);
  const countries = new Set(strongest.map((c) => c.country));
  if (countries.size === 1) return { country: strongest[0]?.country ?? "", weight: top };
  const [first, second] = [...strongest].sort((a, b) => b.size - a.size);
  if (!first || !second || first.size < DOMINANCE * second.size) return null;
  return { country: first.country, weight: top };
}
