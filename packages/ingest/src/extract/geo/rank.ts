// Ranks the gazetteer's readings of a name: exact key first, the transliteration skeleton as a weaker match, then
// by the countries the article is about, by what the frame asks for (a region or a place), and by population.
import type { Gazetteer } from "./gazetteer.ts";
import { exactKey, looseKey, looseWeight, withoutArticle } from "./keys.ts";
import { MAX_NAME, nameForms } from "./name-forms.ts";
import { soundAlike } from "./sounds-alike.ts";
import type { LookupContext, PlaceKind } from "./types.ts";

// What an entry weighs before context: a settlement by its population (log10), the rest by their kind.
const KIND_WEIGHT: Record<PlaceKind, number> = { site: 6.5, place: 0, region: 5.5, country: 7 };
// Outside the article's main countries, a skeleton-only match must be a long skeleton and a town this big.
const LOOSE_MIN_POPULATION = 10_000;
const LOOSE_CONTEXT = 2;
// A town named by an everyday word ("Of", "Bar", "Police") must be this big even when framed.
const COMMON_WORD_TOWN = 10_000;
// Outside the article's countries, a city this size that is this many times bigger than the next reading.
const OUTSIDE_MIN_POPULATION = 100_000;
const DOMINANCE = 5;
// A town this size outranks a region of the same name.
const TOWN_OVER_REGION = 20_000;

export interface Candidate {
  id: number;
  loose: boolean;
  /** A loose match in a country where the name is also known exactly. */
  known: boolean;
  score: number;
}

export function rank(g: Gazetteer, name: string, ctx: LookupContext): Candidate[] {
  if (name.length > MAX_NAME) return [];
  const { text, want, fallbacks } = nameForms(name, ctx.want);
  let found = candidates(g, text);
  // The whole unknown, its shorter forms: "Shan state" as "Shan", "northern Syria" as "Syria", "Bogota airport" as
  // "Bogota".
  for (const form of fallbacks) {
    if (found.some((c) => !c.loose)) break;
    found = [...candidates(g, form), ...found];
  }
  if (!found.length) return [];
  const key = exactKey(text);
  const countries = ctx.countries ?? [];
  if (g.isCommonWord(key) || key.replace(/ /g, "").length < 3) {
    if (!ctx.framed) {
      // An everyday word ("Of", "Bar", "Police") is a place only in a locative frame; a capitalised country name
      // ("Turkey", "Chad", "US") still is one.
      if (!/^\p{Lu}/u.test(name.trim())) return [];
      found = found.filter((c) => g.kind(c.id) === "country");
    } else {
      // Framed, still only in the article's countries ("in the north" of a Salvadoran story is not Cameroon's North)
      // and only a town of some size ("in Congress" is not Congress, Arizona).
      found = found.filter(
        (c) =>
          g.kind(c.id) === "country" ||
          ((!countries.length || countries.includes(g.country(c.id))) &&
            (g.kind(c.id) !== "place" || g.population(c.id) >= COMMON_WORD_TOWN)),
      );
    }
  }
  const weight = looseWeight(looseKey(text));
  // A skeleton match is trusted in the article's main countries, not in any it names; a short skeleton must also
  // sound alike ("Kotwali" is not "Kotli"), and the shortest needs the name known exactly in that country.
  const main = countries.slice(0, LOOSE_CONTEXT);
  found = found.filter(
    (c) =>
      !c.loose ||
      (soundsAlike(g, c, text, weight) && (c.known || main.includes(g.country(c.id)) || trustedLoose(g, c, weight))),
  );
  if (want === "region") found = found.map((c) => asRegion(g, c));
  found = withoutSeatRegions(g, found, want);
  for (const c of found) c.score = score(g, c, countries, want);
  const sorted = found
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .filter((c, i, all) => all.findIndex((o) => o.id === c.id) === i);
  // "China" is the country, not the town in Maine, however American the story: a country named exactly outranks
  // any town (a region of the article's countries, "Georgia" in a US story, still wins).
  const country = want ? undefined : sorted.find((c) => g.kind(c.id) === "country" && !c.loose);
  const ranked =
    country && g.kind(sorted[0]?.id ?? -1) === "place" ? [country, ...sorted.filter((c) => c !== country)] : sorted;
  return outsideTrusted(g, ranked, countries) ? ranked : [];
}

// In an article about El Salvador, "San Jose" with no Salvadoran San José is unknown, not Costa Rica's capital:
// a best reading outside the article's countries must be a country, region or site, or a city that dwarfs the
// other readings ("Moscow").
function outsideTrusted(g: Gazetteer, ranked: Candidate[], countries: readonly string[]): boolean {
  const [best, second] = ranked;
  if (!best || !countries.length || countries.includes(g.country(best.id)) || g.kind(best.id) !== "place") return true;
  if (best.loose || g.population(best.id) < OUTSIDE_MIN_POPULATION) return false;
  return !second || g.kind(second.id) !== "place" || g.population(best.id) >= DOMINANCE * g.population(second.id);
}

function candidates(g: Gazetteer, text: string): Candidate[] {
  const key = exactKey(text);
  let exact = g.exact(key);
  // "al-Raqqa", "as-Suwayda": the gazetteer also knows its names without the article.
  if (!exact.length && withoutArticle(key) !== key) exact = g.exact(withoutArticle(key));
  const lk = looseKey(text);
  // Once the name is known as written, other spellings count only within its countries ("Hama" the governorate
  // brings "Ḩamāh" the city, not "Hami" in China).
  const known = new Set(exact.map((id) => g.country(id)));
  const loose =
    looseWeight(lk) >= 2
      ? g.loose(lk).filter((id) => !exact.includes(id) && (!known.size || known.has(g.country(id))))
      : [];
  return [
    ...exact.map((id) => ({ id, loose: false, known: false, score: 0 })),
    ...loose.map((id) => ({ id, loose: true, known: known.size > 0, score: 0 })),
  ];
}

// "Donetsk region" names the region whose seat is Donetsk.
function asRegion(g: Gazetteer, c: Candidate): Candidate {
  if (g.kind(c.id) !== "place" || g.rank(c.id) < 1) return c;
  const region = g.region(c.id);
  return region >= 0 ? { ...c, id: region } : c;
}

// "Hama", "Kirkuk", "Nablus" name both a region and its seat; unless the frame asks for the region, the text
// means the city: a region gives way to a seat it holds, or to a town of its name in the same country.
function withoutSeatRegions(g: Gazetteer, found: Candidate[], want: LookupContext["want"]): Candidate[] {
  if (want === "region") return found;
  const towns = found.filter((c) => g.kind(c.id) === "place");
  const seats = new Set(towns.filter((c) => g.rank(c.id) >= 1).map((c) => g.region(c.id)));
  const townCountries = new Set(
    towns.filter((c) => g.population(c.id) >= TOWN_OVER_REGION).map((c) => g.country(c.id)),
  );
  // A region whose seat is known gives way to that seat only ("Kayin" state is not the town of Kayan).
  const dropped = found.filter(
    (c) =>
      g.kind(c.id) === "region" &&
      !g.handKept(c.id) &&
      (seats.has(c.id) || (!g.hasSeat(c.id) && townCountries.has(g.country(c.id)))),
  );
  if (!dropped.length) return found;
  // The town the region is named after inherits the region's exact match ("Jenin" for "Janīn").
  const exactIn = new Set(dropped.filter((c) => !c.loose).map((c) => g.country(c.id)));
  return found
    .filter((c) => !dropped.includes(c))
    .map((c) =>
      c.loose && exactIn.has(g.country(c.id)) && (g.rank(c.id) >= 1 || g.population(c.id) >= TOWN_OVER_REGION)
        ? { ...c, loose: false }
        : c,
    );
}

function score(g: Gazetteer, c: Candidate, countries: readonly string[], want: LookupContext["want"]): number {
  const kind = g.kind(c.id);
  const pos = countries.indexOf(g.country(c.id));
  let s = kind === "place" ? Math.log10(g.population(c.id) + 1) + g.rank(c.id) * 0.75 : KIND_WEIGHT[kind];
  if (pos >= 0) s += 20 - Math.min(pos, 8) * 1.5;
  if (want === "region" && kind === "region") s += 30;
  if (want === "place" && (kind === "place" || kind === "site")) s += 5;
  if (c.loose) s -= 3;
  // A hand-kept name is a decision: "Gaza" is the Strip, not the city; "the Sahel" the belt, not Burkina Faso's
  // Sahel Region; "Bagram" the airfield.
  if (g.handKept(c.id) && !c.loose) s += 3;
  return s;
}

function soundsAlike(g: Gazetteer, c: Candidate, text: string, weight: number): boolean {
  if (weight >= 4) return true;
  // "Rasha" is not Russia: a country's names are well known, a short skeleton of one is another word.
  if (weight <= 2 && g.kind(c.id) === "country") return false;
  return c.known || soundAlike(text, g.name(c.id));
}

// A long skeleton ("avdvk") is distinctive enough for a small town; a short one ("krm", "kbr") only where the
// article's countries or an exact match vouch for it ("Kurram" is not Kōriyama, "Khyber" not Khobar).
function trustedLoose(g: Gazetteer, c: Candidate, weight: number): boolean {
  if (weight < 4) return false;
  if (g.kind(c.id) !== "place") return true;
  return g.population(c.id) >= LOOSE_MIN_POPULATION;
}
