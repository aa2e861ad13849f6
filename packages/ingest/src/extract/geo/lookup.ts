// Name -> gazetteer entry, the public face of rank.ts: comma chains read from their end, answers cached.
import { type Gazetteer, gazetteer } from "./gazetteer.ts";
import { MAX_NAME } from "./name-forms.ts";
import { type Candidate, rank } from "./rank.ts";
import type { LookupContext, PlaceKind, PlaceMatch, Precision } from "./types.ts";

const PRECISION: Record<PlaceKind, Precision> = { site: "place", place: "place", region: "region", country: "country" };

/** Every entry the name may mean, best first (empty when none may). */
export function placeCandidates(name: string, context: LookupContext = {}): PlaceMatch[] {
  const g = gazetteer();
  return chained(g, name, context).map((c) => toMatch(g, name, c));
}

/**
 * The entry the name most likely means here, or null. A comma chain ("Kotwali, Khyber Pakhtunkhwa, Pakistan",
 * "San Jose, California") is read from its end: the country and region it ends with narrow its first part, and
 * when the first part is unknown the next most specific one answers.
 */
export function lookupPlace(name: string, context: LookupContext = {}): PlaceMatch | null {
  const g = gazetteer();
  const best = chained(g, name, context)[0];
  return best ? toMatch(g, name, best) : null;
}

const MAX_CHAIN = 4;
// Articles name the same places again and again: answers are kept, and forgotten all at once when this many.
const CACHE_SIZE = 20_000;
const cache = new Map<string, Candidate[]>();

function chained(g: Gazetteer, name: string, ctx: LookupContext): Candidate[] {
  const key = `${name}\u0000${ctx.countries?.join(",") ?? ""}\u0000${ctx.framed ? 1 : 0}\u0000${ctx.want ?? ""}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size >= CACHE_SIZE) cache.clear();
  const ranked = uncached(g, name, ctx);
  cache.set(key, ranked);
  return ranked;
}

function uncached(g: Gazetteer, name: string, ctx: LookupContext): Candidate[] {
  const parts = name.length <= MAX_NAME && name.includes(",") ? name.split(/\s*,\s*/).filter((p) => p.trim()) : [];
  if (parts.length < 2 || parts.length > MAX_CHAIN) return rank(g, name, ctx);
  let countries = ctx.countries ?? [];
  let regions = new Set<number>();
  const found: Candidate[][] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? "";
    let ranked = rank(g, part, { ...ctx, countries, ...(i === 0 ? {} : { want: undefined }) });
    if (regions.size) {
      // Within the region the chain named ("San Jose, California" is the Californian one); failing that, no other
      // spelling of the name elsewhere ("Kotwali, Khyber Pakhtunkhwa" is not Kotli in Kashmir).
      const inside = ranked.filter((c) => regions.has(g.region(c.id)));
      ranked = inside.length ? inside : ranked.filter((c) => !c.loose);
    }
    found.unshift(ranked);
    const best = ranked[0];
    if (!best) continue;
    const cc = g.country(best.id);
    if (cc) countries = [cc, ...countries.filter((c) => c !== cc)];
    // Every reading of a region name in that country: a hand-kept area and the GeoNames region it shadows.
    if (g.kind(best.id) === "region") {
      regions = new Set(ranked.filter((c) => g.kind(c.id) === "region" && g.country(c.id) === cc).map((c) => c.id));
    }
  }
  return found.find((r) => r.length) ?? [];
}

function toMatch(g: Gazetteer, name: string, c: Candidate): PlaceMatch {
  const kind = g.kind(c.id);
  const region = g.region(c.id);
  const cc = g.country(c.id);
  return {
    name,
    canonical: g.name(c.id),
    geo: { lat: g.lat(c.id), lon: g.lon(c.id), precision: PRECISION[kind] },
    kind,
    countryCode: cc || null,
    ...(region >= 0 ? { admin1: g.name(region) } : {}),
    population: g.population(c.id),
    seat: kind === "place" && g.rank(c.id) >= 1,
    loose: c.loose,
  };
}
