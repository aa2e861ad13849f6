// How well the gazetteer places MUC-4's gold place names: each template's place fillers, looked up as a framed
// name with the article's countries, against the country of the template's location. MUC-4 names most places in
// all-caps wire copy from Central and South America, a war far from the hand-kept tables.
//   npx tsx src/extract/geo/eval-places.ts ../shared/datasets/muc4/dev
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { articleCountries } from "./article-countries.ts";
import { datelinePlace } from "./dateline.ts";
import { lookupPlace } from "./lookup.ts";

export interface PlaceAccuracy {
  documents: number;
  datelines: number;
  places: number;
  resolved: number;
  inGoldCountry: number;
}

interface RolesFile {
  events: { locationRaw?: string; roles: { place: string[][] } }[];
}

/** Scores a MUC-4 split folder (`corpus/`, `gold/*.roles.json`). */
export function placeAccuracy(split: string): PlaceAccuracy {
  const out: PlaceAccuracy = { documents: 0, datelines: 0, places: 0, resolved: 0, inGoldCountry: 0 };
  for (const file of readdirSync(join(split, "gold")).filter((f) => f.endsWith(".roles.json"))) {
    const doc = file.replace(".roles.json", "");
    const text = readFileSync(join(split, "corpus", `${doc}.txt`), "utf8");
    const gold = JSON.parse(readFileSync(join(split, "gold", file), "utf8")) as RolesFile;
    out.documents++;
    const countries = articleCountries(text);
    if (datelinePlace(text, countries)) out.datelines++;
    for (const event of gold.events) {
      // "EL SALVADOR: SAN MIGUEL (DEPARTMENT): ..." starts with the country.
      const country = lookupPlace((event.locationRaw ?? "").split(":")[0] ?? "");
      if (country?.kind !== "country") continue;
      for (const [name = ""] of event.roles.place) {
        out.places++;
        const m = lookupPlace(name, { countries, framed: true });
        if (m) out.resolved++;
        if (m?.countryCode === country.countryCode) out.inGoldCountry++;
      }
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const split = process.argv[2] ?? "";
  if (!existsSync(join(split, "gold"))) {
    console.error("usage: eval-places.ts <muc4 split folder, e.g. ../shared/datasets/muc4/dev>");
    process.exit(2);
  }
  const a = placeAccuracy(split);
  console.log(
    `${a.documents} documents, ${a.datelines} datelines; ${a.places} gold places: ${a.resolved} resolved, ` +
      `${a.inGoldCountry} in the gold country (precision ${((100 * a.inGoldCountry) / Math.max(1, a.resolved)).toFixed(1)}%, ` +
      `recall ${((100 * a.inGoldCountry) / Math.max(1, a.places)).toFixed(1)}%)`,
  );
}
