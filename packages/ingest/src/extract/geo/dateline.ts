// The dateline ("ADEN, Yemen —", "KABUL (Reuters) -", "BOGOTA, Colombia, May 3 (AP) —", "GUATEMALA CITY, 4 FEB 90
// (ACAN-EFE) --") is where the story was filed, not where anything happened: the caller uses it as the event's place
// only when the text names no other.
import { scanCountries } from "./country-scan.ts";
import { exactKey } from "./keys.ts";
import { lookupPlace, placeCandidates } from "./lookup.ts";
import type { PlaceMatch } from "./types.ts";

export interface DatelinePlace extends PlaceMatch {
  /** Always true: this is the filing place. */
  filing: true;
  /** The span of the place name in the text. */
  start: number;
  end: number;
}

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{2,4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{2,4})?)`;
const NAME = "[\\p{L}][\\p{L}\\p{M}.'’ -]{0,38}?";
// place [(country or agency)] [, region or country] [, date] [(agency)] dash
const DATELINE = new RegExp(
  `^([ \\t]*)(${NAME})(?:\\s*\\(([^)\\n]{2,40})\\))?(?:\\s*,\\s*(${NAME}))??(?:\\s*,?\\s*(${DATE}))?\\s*(\\([^)\\n]{1,40}\\))?\\s*(?:—|–|--|-|:)\\s`,
  "iu",
);
// The first lines of the text: a title or a byline may come before the body's dateline.
const HEAD_LINES = 4;
const HEAD_CHARS = 600;
// Enough of the story to say which country a bare "TRIPOLI —" is in.
const OPENING_CHARS = 5000;
// A town of the article's countries loses to a namesake this many times bigger.
const DWARFED = 10;

/**
 * The dateline's place, flagged as the filing place, or null when the text opens with none. `countries` settles a
 * bare "TRIPOLI —"; without it, the countries the article's opening names decide.
 */
export function datelinePlace(text: string, countries?: readonly string[]): DatelinePlace | null {
  let offset = 0;
  const head = text.slice(0, HEAD_CHARS);
  const lines = head.split("\n");
  for (const line of lines.slice(0, HEAD_LINES)) {
    const found = fromLine(text, line, offset, countries);
    if (found) return found;
    offset += line.length + 1;
  }
  return null;
}

function fromLine(
  text: string,
  line: string,
  offset: number,
  countries: readonly string[] | undefined,
): DatelinePlace | null {
  const m = DATELINE.exec(line);
  if (!m) return null;
  const [, indent = "", place = "", paren, comma, date, trailing] = m;
  const name = place.trim();
  // "ROME (ITALY), 11 JAN 90" names the country in brackets; "KABUL (Reuters) -" the agency.
  const parenPlace = paren ? lookupPlace(paren, { framed: true }) : null;
  const region = comma ?? (parenPlace ? paren : undefined);
  const agency = trailing ?? (paren && !parenPlace ? paren : undefined);
  // Without a date or an agency, only capitals mark a dateline: "WASHINGTON —", "ADEN, Yemen —".
  if (!date && !agency && name !== name.toUpperCase()) return null;
  if (!region && !date && !agency && /\s/.test(name) && name.split(/\s+/).length > 3) return null;
  const match = resolve(
    name,
    region?.trim(),
    () => countries ?? scanCountries(text.slice(0, OPENING_CHARS)).map((c) => c.code),
  );
  if (!match) return null;
  const start = offset + indent.length;
  return { ...match, filing: true, start, end: start + name.length };
}

// "ADEN, Yemen": the second part says the country or region, else the article's countries decide.
function resolve(name: string, region: string | undefined, countries: () => readonly string[]): PlaceMatch | null {
  const within = region ? lookupPlace(region, { framed: true }) : null;
  if (within?.kind === "country" && within.countryCode) {
    return lookupPlace(name, { countries: [within.countryCode], framed: true });
  }
  if (within && region) {
    const key = exactKey(region);
    const inRegion = placeCandidates(name, { framed: true }).find(
      (c) => c.admin1 && exactKey(c.admin1).startsWith(key),
    );
    if (inRegion) return inRegion;
  }
  // A filing place is a city of some size: "LIMA" is Peru's capital even in a story that names only the United
  // States; a town of the article's countries wins only when it is not dwarfed.
  const all = placeCandidates(name, { framed: true }).filter((c) => !c.loose);
  const biggest = Math.max(0, ...all.map((c) => c.population));
  const ranked = countries();
  const inArticle = all
    .filter(
      (c) => c.countryCode && ranked.includes(c.countryCode) && (!c.population || c.population * DWARFED >= biggest),
    )
    .sort((a, b) => ranked.indexOf(a.countryCode ?? "") - ranked.indexOf(b.countryCode ?? ""));
  return inArticle[0] ?? all.sort((a, b) => b.population - a.population)[0] ?? null;
}
