import { type Extraction, ExtractionSchema, spanInside } from "@deconflict/domain";
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, test } from "vitest";
import { extractArticle } from "./index.ts";

const article = (text: string, publishedAt: string | null = "2017-05-18") => ({
  title: null,
  outlet: null,
  url: null,
  publishedAt,
  text,
});

function spansOf(x: Extraction) {
  return [
    ...x.mentions.flatMap((m) => [
      m.span,
      ...m.forces.map((f) => f.span),
      ...m.casualties.map((c) => c.span),
      ...m.escalation.map((e) => e.span),
    ]),
    ...x.claims.map((c) => c.span),
  ];
}

function expectWellFormed(x: Extraction) {
  expect(v.safeParse(ExtractionSchema, x).success).toBe(true);
  for (const s of spansOf(x)) expect(spanInside(s, x.text)).toBe(true);
}

// Words that make the extractor work hard: triggers, actors, numbers, dates, force nouns, quotes.
const NEWSY = [
  "US-led coalition",
  "struck",
  "pro-regime forces",
  "Thursday",
  "on May 18",
  "killed",
  "an estimated 10",
  "fighters",
  "tank",
  "two artillery pieces",
  "said",
  "\u201c",
  "\u201d",
  '"',
  "Russian",
  "drone strike",
  "in June last year",
  "more than 60",
  "of the vehicles",
  "IS",
  "the strike",
  ",",
  ".",
  "\n",
  "\n\n",
  "hit",
  "shelled",
  "24 miles",
  "By",
  "|",
  "(Photo: x)",
  "Share",
  "al-Tanf",
  "\u0000",
  "\ud800",
  "İ",
  "🙂",
  "   ",
];

describe("extractArticle", () => {
  describe("never throws and keeps every span inside the text", () => {
    test("on arbitrary unicode", () => {
      fc.assert(
        fc.property(
          fc.string({ unit: "grapheme", maxLength: 400 }),
          fc.option(fc.constant("2017-05-18")),
          (text, date) => {
            expectWellFormed(extractArticle(article(text, date)));
          },
        ),
        { numRuns: 150 },
      );
    });

    test("on news-like word salad", () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...NEWSY), { maxLength: 200 }), fc.boolean(), (words, lower) => {
          const text = words.join(" ");
          expectWellFormed(extractArticle(article(lower ? text.toLowerCase() : text)));
        }),
        { numRuns: 200 },
      );
    });

    test("on all-caps wire copy", () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...NEWSY, "GUERRILLAS", "DYNAMITED", "IN SAN SALVADOR", "--"), { maxLength: 200 }),
          (words) => {
            expectWellFormed(extractArticle(article(words.join(" ").toUpperCase())));
          },
        ),
        { numRuns: 150 },
      );
    });

    test("on binary garbage turned to text", () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
          expectWellFormed(extractArticle(article(Buffer.from(bytes).toString("latin1"))));
        }),
        { numRuns: 60 },
      );
    });

    test("on empty text, no sentences and no dates", () => {
      for (const text of ["", " ", "\n\n\n", "....", "struck", "Thursday"])
        expectWellFormed(extractArticle(article(text, null)));
    });
  });

  describe("stays linear", () => {
    test("5 MB on one line", () => {
      const line =
        "US-led coalition aircraft struck pro-regime forces Thursday near At Tanf killing 10 fighters and ".repeat(
          52_000,
        );
      // CPU time, not wall time: the bound must hold however busy the machine is.
      const cpu0 = process.cpuUsage();
      const x = extractArticle(article(line));
      expectWellFormed(x);
      const used = process.cpuUsage(cpu0);
      expect((used.user + used.system) / 1e6).toBeLessThan(40);
    }, 300_000);

    test("5 MB on one line in capitals", () => {
      const line =
        "URBAN GUERRILLAS DYNAMITED A POWER PYLON IN SAN SALVADOR WITH A CAR BOMB, KILLING 10 PEOPLE ".repeat(55_000);
      const cpu0 = process.cpuUsage();
      const x = extractArticle(article(line));
      expectWellFormed(x);
      expect(x.mentions.length).toBeGreaterThan(0);
      const used = process.cpuUsage(cpu0);
      expect((used.user + used.system) / 1e6).toBeLessThan(40);
    }, 300_000);

    test("a long run of one character", () => {
      const x = extractArticle(article("a".repeat(2_000_000)));
      expectWellFormed(x);
    }, 60_000);
  });
});
