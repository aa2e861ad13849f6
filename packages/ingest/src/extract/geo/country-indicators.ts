// Names that tell which country an article is about, with how strongly: the country's own names, its demonyms,
// its capital, then its regions, sites and larger towns. Built once from the gazetteer, on first use.
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
  const claim = (name: string, country: string, weight: number, size: number): void => {
    const key = exactKey(name.replace(/['’]s$/, ""));
    if (key.replace(/ /g, "").length < 3 && weight < WEIGHT.country) return;
    const list = claims.get(key) ?? [];
    list.push({ country, weight, size });
    claims.set(key, list);
  };
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
  for (let id = 0; id < g.size; id++) {
    const cc = g.country(id);
    if (!cc) continue;
    const kind = g.kind(id);
    const pop = g.population(id);
    const known =
      kind === "site" ||
      kind === "region" ||
      (kind === "place" && (pop >= TOWN_MIN_POPULATION || (g.rank(id) >= 1 && pop >= SEAT_MIN_POPULATION)));
    if (!known) continue;
    const name = kind === "region" ? g.name(id).replace(REGION_WORD, "") : g.name(id);
    if (g.isCommonWord(exactKey(name))) continue;
    if (kind === "site") claim(name, cc, WEIGHT.site, 1e6);
    else if (kind === "region") claim(name, cc, WEIGHT.region, 5e5);
    else claim(name, cc, WEIGHT.town, pop);
  }
  const byKey = new Map<string, Indicator>();
  for (const [key, list] of claims) {
    const best = pick(list);
    if (best) byKey.set(key, best);
  }
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const key of byKey.keys()) {
    const words = key.split(" ");
    firstWords.add(words[0] ?? "");
    maxWords = Math.max(maxWords, Math.min(words.length, 4));
  }
  return { byKey, firstWords, maxWords };
}

const REGION_WORD = / (?:governorate|province|region|state|oblast|district|department|county|prefecture)$/i;

// The strongest kind of claim wins ("Georgia" the country over the US state); within it, a clear biggest holder.
function pick(list: Claim[]): Indicator | null {
  const top = Math.max(...list.map((c) => c.weight));
  const strongest = list.filter((c) => c.weight === top);
  const countries = new Set(strongest.map((c) => c.country));
  if (countries.size === 1) return { country: strongest[0]?.country ?? "", weight: top };
  const bySize = [...strongest].sort((a, b) => b.size - a.size);
  const [first, second] = bySize;
  if (!first || !second || first.size < DOMINANCE * second.size) return null;
  return { country: first.country, weight: top };
}
