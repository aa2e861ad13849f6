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
  const words: { key: string; upper: boolean }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0].replace(/['’]s$/i, "");
    words.push({ key: ASCII_WORD.test(w) ? w.toLowerCase() : exactKey(w), upper: w[0] !== w[0]?.toLowerCase() });
  }
  const scores = new Map<string, CountryScore>();
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first || !ind.firstWords.has(first.key) || (mixed && !first.upper)) continue;
    // The longest name starting here: "South Sudan" before "Sudan", "Deir ez Zor" before "Deir".
    let key = first.key;
    let hit = ind.byKey.get(key);
    let used = 1;
    for (let n = 2; n <= ind.maxWords && i + n <= words.length; n++) {
      key += ` ${words[i + n - 1]?.key ?? ""}`;
      const longer = ind.byKey.get(key);
      if (longer) {
        hit = longer;
        used = n;
      }
    }
    if (!hit) continue;
    const s = scores.get(hit.country) ?? { code: hit.country, score: 0, mentions: 0 };
    s.score += hit.weight;
    s.mentions++;
    scores.set(hit.country, s);
    i += used - 1;
  }
  return [...scores.values()].sort((a, b) => b.score - a.score);
}
