// Which countries an article is about: the countries its names point at (country-scan.ts), with the dateline's
// country added, since a wire story filed from "LA PAZ" is about Bolivia even where it never says so.
import { type CountryScore, scanCountries } from "./country-scan.ts";
import { datelinePlace } from "./dateline.ts";

export type { CountryScore } from "./country-scan.ts";

// The filing place counts like one naming of the country.
const DATELINE_WEIGHT = 3;

// A country named under a third as much as the main one is a passing mention ("U.S. aid" in a story about El Salvador),
// not a place to look for the story's towns.
const MIN_SHARE = 1 / 3;

/** Country codes the text is about, most-named first; passing mentions left out. */
export function articleCountries(text: string): string[] {
  const scores = countryScores(text);
  const top = scores[0]?.score ?? 0;
  return scores.filter((c) => c.score >= MIN_SHARE * top).map((c) => c.code);
}

/** Per country, the summed weight of the names that point at it (and the dateline's), highest first. */
export function countryScores(text: string): CountryScore[] {
  const scores = scanCountries(text);
  const filed = datelinePlace(
    text,
    scores.map((c) => c.code),
  )?.countryCode;
  if (!filed) return scores;
  const own = scores.find((c) => c.code === filed);
  const withDateline = own
    ? scores.map((c) => (c === own ? { ...c, score: c.score + DATELINE_WEIGHT, mentions: c.mentions + 1 } : c))
    : [...scores, { code: filed, score: DATELINE_WEIGHT, mentions: 1 }];
  return withDateline.sort((a, b) => b.score - a.score);
}
