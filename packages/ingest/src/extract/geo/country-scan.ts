// The countries a text names: every country name, demonym ("Syrian", "Malian"), capital, region and larger town
// in it, weighted and summed per country.

import { isMixedCase } from "./casing.ts";
import { countryIndicators } from "./country-indicators.ts";
import { exactKey } from "./keys.ts";

export interface CountryScore {
  code: string;
  score: number;
  /** How many names pointed at it. */
  mentions: number;
}

// A word with inner apostrophes ("Sana'a"); hyphens split ("Syrian-backed", "Deir ez-Zor").
const WORD = /[\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}]+)*/gu;
const ASCII_WORD = /^[A-Za-z\d]+$/;

/** Per country, the summed weight of the names in the text that point at it, highest first. */
export function scanCountries(text: string): CountryScore[] {
  const ind = countryIndicators();
  const mixed = isMixedCase(text);
  // Words are keyed only when a name could start or go on there: most words of a text are neither.
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push(m[0]);
  const keys: (string | undefined)[] = new Array(words.length);
  const keyAt = (i: number): string => {
    let k = keys[i];
    if (k === undefined) {
      const w = withoutPossessive(words[i] ?? "");
      k = ASCII_WORD.test(w) ? w.toLowerCase() : exactKey(w);
      keys[i] = k;
    }
    return k;
  };
  const scores = new Map<string, CountryScore>();
  for (let i = 0; i < words.length; i++) {
    if (mixed && !capitalised(words[i] ?? "")) continue;
    const firstKey = keyAt(i);
    if (!ind.firstWords.has(firstKey)) continue;
    // The longest name starting here: "South Sudan" before "Sudan", "Deir ez Zor" before "Deir".
    let key = firstKey;
    let hit = ind.byKey.get(key);
    let used = 1;
    for (let n = 2; n <= ind.maxWords && i + n <= words.length; n++) {
      key += ` ${keyAt(i + n - 1)}`;
      const longer = ind.byKey.get(key);
      if (longer) {
        hit = longer;
        used = n;
      }
    }
    if (!hit) continue;
    const sc = scores.get(hit.country) ?? { code: hit.country, score: 0, mentions: 0 };
    sc.score += hit.weight;
    sc.mentions++;
    scores.set(hit.country, sc);
    i += used - 1;
  }
  return [...scores.values()].sort((a, b) => b.score - a.score);
}

// "Syria's" is "Syria": the possessive /['’]s$/i, without a regex per word.
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n < 2) return w;
  const s = w.charCodeAt(n - 1);
  const q = w.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019) ? w.slice(0, -2) : w;
}

// Whether the word's first character is a capital (changes when lower-cased), ASCII without a new string.
function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = w[0] ?? "";
  return first !== first.toLowerCase();
}
