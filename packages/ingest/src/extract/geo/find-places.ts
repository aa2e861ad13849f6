// Gazetteer names in running text, for a caller that has no frames of its own: the longest known name at each
// word, with whether a locative frame ("in X", "near X", "the town of X", "X province") holds it.

import { isMixedCase } from "./casing.ts";
import { gazetteer } from "./gazetteer.ts";
import { exactKey } from "./keys.ts";
import { lookupPlace } from "./lookup.ts";
import type { PlaceMatch } from "./types.ts";

export interface PlaceMention {
  start: number;
  end: number;
  /** The text's own words, `text.slice(start, end)`. */
  name: string;
  /** A locative frame holds it: the caller can trust it as where something happened. */
  framed: boolean;
  match: PlaceMatch;
}

export interface FindOptions {
  /** The article's countries (`articleCountries`), to choose among namesakes. */
  countries?: readonly string[];
  /** Names read from all-lower or all-caps text carry no capitals: every word may start one. */
  caseless?: boolean;
}

const WORD = /[\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}]+)*/gu;
const ASCII_WORD = /^[A-Za-z\d]+$/;
// Words a name may hold in lower case in mixed-case prose: "Deir ez-Zor", "Mazar-i-Sharif", "Ciudad del Este".
const PARTICLE =
  /^(?:al|el|ez|ed|es|ad|as|ash|at|az|an|ar|ul|i|e|de|del|la|las|los|le|da|do|dos|du|di|y|bin|bint|ibn|abu|bani|beni|sur|on|am|an)$/;
const MAX_WORDS = 6;
const LOCATIVE_BEFORE =
  /(?:^|[^\p{L}])(?:in|near|at|outside|around|into|from|across|towards?|inside|throughout|over|of the (?:town|city|village|district|province|region) of|(?:on |at )?the (?:outskirts|edges?|fringes?|periphery|vicinity|area|environs) of|(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)? of|(?:town|city|village|district|province|region|governorate|state) of)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$/iu;
const LOCATIVE_AFTER = /^\s+(province|governorate|region|state|district|oblast|department|county|city|town|village)\b/i;
const PLACE_WORD = /^(?:city|town|village)$/;
const MAX_MENTIONS = 2000;
// Unframed, a town must be this big, or a region's seat this big.
const UNFRAMED_TOWN = 50_000;
const UNFRAMED_SEAT = 10_000;

/** The gazetteer names in `text`, left to right, none overlapping. */
export function findPlaces(text: string, options: FindOptions = {}): PlaceMention[] {
  const g = gazetteer();
  const demonyms = demonymKeys();
  const caseless = options.caseless ?? !isMixedCase(text);
  // Word spans only; a word's key is made when a name may start or go on there.
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].replace(/['’]s$/i, "").length);
  }
  const keys: string[] = [];
  const keyAt = (i: number): string => {
    let k = keys[i];
    if (k === undefined) {
      const w = text.slice(starts[i], ends[i]);
      k = ASCII_WORD.test(w) ? w.toLowerCase() : exactKey(w);
      keys[i] = k;
    }
    return k;
  };
  const upperAt = (i: number): boolean => {
    const c = text[starts[i] ?? 0] ?? "";
    return c !== c.toLowerCase();
  };
  const out: PlaceMention[] = [];
  for (let i = 0; i < starts.length && out.length < MAX_MENTIONS; i++) {
    if (!caseless && !upperAt(i)) continue;
    const firstKey = keyAt(i);
    if (demonyms.has(firstKey) || !g.startsName(firstKey)) continue;
    // The longest run of words that is a known name: "Deir ez Zor" before "Deir".
    let key = firstKey;
    let best = g.exact(key).length ? 1 : 0;
    for (let n = 2; n <= MAX_WORDS && i + n <= starts.length; n++) {
      const j = i + n - 1;
      if (/[.,;:!?()\n]/.test(text.slice(ends[j - 1], starts[j]))) break;
      const nextKey = keyAt(j);
      key += ` ${nextKey}`;
      if (!g.startsName(key)) break;
      // In mixed-case prose a lower-case word joins a name only as a particle ("Deir ez-Zor") or where the whole
      // is a known name ("the At Tanf garrison", "Zaporizhzhia nuclear power plant").
      if (g.exact(key).length) best = n;
      else if (!caseless && !upperAt(j) && !PARTICLE.test(nextKey)) continue;
    }
    if (!best) continue;
    const start = starts[i] ?? 0;
    const end = ends[i + best - 1] ?? start;
    const name = text.slice(start, end);
    const after = LOCATIVE_AFTER.exec(text.slice(end, end + 20))?.[1]?.toLowerCase();
    const framed = after !== undefined || LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    // "Idlib province" is the province; "Gaza city" the city.
    const want = after ? (PLACE_WORD.test(after) ? "place" : "region") : undefined;
    // Without case, "US" may be "us" and "CAR" a car: the lookup sees no capital either.
    const asWritten = caseless ? name.toLowerCase() : name;
    const found = lookupPlace(asWritten, { countries: options.countries ?? [], framed, ...(want ? { want } : {}) });
    const match = found && { ...found, name };
    // "Ben Carson", "Abu Bakr": a town name inside a longer run of capitalised words is part of a person's or a
    // body's name, unless a frame says otherwise.
    const inRun = !caseless && i > 0 && upperAt(i - 1) && /^ $/.test(text.slice(ends[i - 1], start));
    const unframedOk = match && trustedUnframed(match, options.countries ?? []) && !(inRun && match.kind === "place");
    if (match && (framed || unframedOk)) {
      out.push({ start, end, name, framed, match });
      i += best - 1;
    }
  }
  return out;
}

let demonymSet: Set<string> | undefined;

// "Somali", "Afghans": people, not Ethiopia's Somali Region.
function demonymKeys(): Set<string> {
  demonymSet ??= new Set(
    gazetteer().countries.flatMap((c) =>
      [...c.nationality, ...c.demonyms].flatMap((n) => [exactKey(n), exactKey(`${n}s`)]),
    ),
  );
  return demonymSet;
}

// Unframed, a name is a place when it cannot be much else: a country, an area across borders, or a region, site
// or sizeable town of the article's countries ("Hassan" in a story about Lebanon is a man, not the Indian
// district; "Clinton" and "Carson" in an American one are people, not small towns).
function trustedUnframed(m: PlaceMatch, countries: readonly string[]): boolean {
  if (m.kind === "country" || m.countryCode === null) return true;
  if (m.loose || !countries.includes(m.countryCode)) return false;
  return m.kind !== "place" || m.population >= UNFRAMED_TOWN || (m.seat && m.population >= UNFRAMED_SEAT);
}
