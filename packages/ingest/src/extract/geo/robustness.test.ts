import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { articleCountries } from "./article-countries.ts";
import { datelinePlace } from "./dateline.ts";
import { findPlaces } from "./find-places.ts";
import { lookupPlace, placeCandidates } from "./lookup.ts";

// Pieces that make the matchers work: names, particles, demonyms, dateline punctuation, odd letters.
const PIECES = [
  "Deir ez-Zor",
  "al-",
  "AR RAQQAH",
  "Syrian",
  "Tripoli",
  ", ",
  " (Reuters) ",
  " — ",
  "--",
  "4 FEB 90",
  "May 3",
  "province",
  "the town of",
  "Ḩamāh",
  "ʿ",
  "’s",
  "İ",
  "ə",
  "\n",
  " ",
  "-",
  "'",
];
const newsy = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(""));
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 200 }), newsy);

describe("geo never throws and keeps spans inside the text", () => {
  test("on any input", () => {
    fc.assert(
      fc.property(text, (t) => {
        placeCandidates(t, { framed: true, countries: ["SY"] });
        lookupPlace(t, { want: "region" });
        articleCountries(t);
        for (const p of [...findPlaces(t), ...findPlaces(t, { caseless: true, countries: ["SY"] })]) {
          expect(t.slice(p.start, p.end)).toBe(p.name);
        }
        const d = datelinePlace(t);
        if (d) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(d.start, d.end)).toBe(d.name);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("on a 5 MB one-line input, all caps", () => {
    const big = "KABUL (REUTERS) - TALIBAN FIGHTERS ATTACKED A CHECKPOINT IN HELMAND, AFGHAN OFFICIALS SAID. ".repeat(
      55_000,
    );
    expect(big.length).toBeGreaterThan(5_000_000);
    expect(articleCountries(big)[0]).toBe("AF");
    expect(datelinePlace(big)?.countryCode).toBe("AF");
    expect(lookupPlace(big)).toBeNull();
    expect(findPlaces(big, { countries: ["AF"] }).length).toBeGreaterThan(0);
  });

  test("on a long run of name characters with no dash", () => {
    const line = `${"A".repeat(5000)}, ${"B, ".repeat(2000)}`;
    expect(datelinePlace(line)).toBeNull();
  });
});
