import { gazetteer } from "../geo/gazetteer.ts";
import { lookupPlace } from "../geo/index.ts";
import { type Casing, truecaseWord } from "../linguistic/index.ts";

/** How wide a place is: 0 a site, 1 a settlement (or a name no gazetteer knows), 2 a region, 3 a country. */
export type PlaceRank = 0 | 1 | 2 | 3;

// "Usulutan department", "Helmand province": the phrase itself says it is a region.
const REGION_WORD =
  /\b(?:departments?|provinces?|states?|regions?|governorates?|oblasts?|prefectures?|counties|county|territory|territories)\b/i;
// "the Syria-Jordan border", "the de-confliction zone", "the area": a wide area, which may run across countries and
// says no more than a country does.
const AREA_WORD = /\b(?:borders?|frontiers?|zones?|areas?|coast|desert|mountains?|valleys?|corridor)\b/i;
const SITE_WORD =
  /\b(?:street|avenue|road|highway|bridge|station|airport|base|barracks|market|embassy|building|headquarters|square|plaza|farm|estate|hill|neighbou?rhood|district|suburb|quarter|camp|campus|university|hotel|restaurant|cafe|church|mosque|school|hospital)\b/i;

/**
 * The rank of a place named as the text names it ("LA PAZ DEPARTMENT", "Deerpark Road", "Peru"). A name the
 * gazetteer does not know is most often a village or a site too small for it, so it ranks as a settlement.
 */
export function placeRank(name: string, countries: readonly string[]): PlaceRank {
  if (AREA_WORD.test(name)) return 3;
  if (REGION_WORD.test(name)) return 2;
  if (SITE_WORD.test(name)) return 0;
  let kind: string | undefined;
  try {
    kind = lookupPlace(name.split(/\s*,\s*/)[0] ?? name, { countries, framed: true })?.kind;
  } catch {
    kind = undefined;
  }
  return kind === "country" ? 3 : kind === "region" ? 2 : kind === "site" ? 0 : 1;
}

/** A later telling's place says more than the one kept when it is narrower ("in El Alto" after "in La Paz department"). */
// A site and its town are one level here: "a bakery in Lyon" is placed in Lyon, the bakery being the target.
const coarse = (rank: number) => Math.max(1, Math.min(rank, 3));

export function narrower(candidate: string, kept: string, countries: readonly string[]): boolean {
  return coarse(placeRank(candidate, countries)) < coarse(placeRank(kept, countries));
}

/**
 * A frame's place as it may be kept: the parts of its comma chain before any that counts ("PUERTO NUEVO, 30 KM" is
 * Puerto Nuevo), or null. In copy with no capitals to go by (all caps, all lower case), a first part of everyday words
 * only ("MAIN SQUARE", "THE AMBUSH", "0940 GMT") is no place unless the gazetteer knows it; a name among its words
 * ("SAN JUAN DE LAS FLORES") or mixed-case copy vouches for it.
 */
export function framePlaceName(name: string, casing: Casing, countries: readonly string[]): string | null {
  const parts = name.split(/\s*,\s*/);
  const counted = parts.findIndex((p) => /\d/.test(p));
  const kept = (counted < 0 ? parts : parts.slice(0, counted)).join(", ");
  const first = parts[0] ?? "";
  if (!kept || !first) return null;
  if (casing === "mixed") return kept;
  if (first.split(/[\s/]+/).some((w) => w && truecaseWord(w, "title") !== w.toLowerCase())) return kept;
  try {
    return lookupPlace(first, { countries, framed: true }) ? kept : null;
  } catch {
    return null;
  }
}

export interface PlaceTold {
  /** The lexicon's place for the event, with its level (0 site … 3 country). */
  known: { name: string; level: number } | null;
  /** The known place was only the discourse's (the last place the article named), not the event's own sentence's. */
  carried: boolean;
  /** The locative phrase of the event's own frame ("in San Juan de las Flores", "the town of X"). */
  framed: string | null;
  /** The filing place of the dateline, with its country when known. */
  dateline: { name: string; countryCode: string | null } | null;
}

/**
 * The event's place. Its own sentences beat the discourse, and the discourse beats the dateline (where the story
 * was filed, not where it happened, unless nothing else is said). Between the lexicon's place and the frame's,
 * the narrower wins; on a tie the lexicon's, which names the place as other outlets will.
 */
export function chooseLocation(p: PlaceTold, countries: readonly string[], attacker = ""): string | null {
  const own = p.known && !p.carried ? p.known : null;
  if (own && p.framed) return coarse(placeRank(p.framed, countries)) < coarse(own.level) ? p.framed : own.name;
  const told = own?.name ?? p.framed ?? p.known?.name;
  if (told) return told;
  // A story with no filing place that names none for its event happened in the country it is about (one filed
  // abroad is no better placed by its country: "SAN JOSE (COSTA RICA) --" often tells of Costa Rica after all),
  // unless that is the attacker's: "Russia fired missiles overnight" says nothing of where they struck.
  if (p.dateline) return p.dateline.name;
  const country = countryName(countries[0]);
  return country && !attacker.toLowerCase().includes(country.toLowerCase()) ? country : null;
}

function countryName(code: string | undefined): string | null {
  if (!code) return null;
  try {
    const g = gazetteer();
    const id = g.countryId(code);
    return id >= 0 ? g.name(id) : null;
  } catch {
    return null;
  }
}
