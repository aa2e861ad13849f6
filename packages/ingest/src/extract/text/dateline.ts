import type { DatelinePlace } from "../geo/index.ts";
import { truecaseWord } from "../linguistic/index.ts";

// "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) --", "BOGOTA, May 3 (AP) —": an all-caps name, then a date or an
// agency, then a dash.
const DATELINE =
  /^\s*([A-Z][A-Z .'’-]{1,40}?)(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?,\s*(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*(?:\([^)]{0,40}\))?\s*(?:--|[-–—])/;

/**
 * The filing place of a dateline, read by its shape alone: what the gazetteer's datelinePlace gives when it
 * knows the place, for when it does not (or cannot load). No coordinates: geo stays for the gazetteer.
 */
export function plainDateline(text: string): DatelinePlace | null {
  const m = DATELINE.exec(text.slice(0, 200));
  const name = m?.[1]?.trim();
  if (!m || !name) return null;
  // "CLANDESTINE, 8 JAN 90 (RADIO VENCEREMOS) --": a word, not a place.
  if (!name.includes(" ") && truecaseWord(name, "title") === name.toLowerCase()) return null;
  const start = text.indexOf(name);
  return {
    name,
    canonical: name,
    geo: { lat: 0, lon: 0, precision: "place" },
    kind: "place",
    countryCode: null,
    population: 0,
    loose: false,
    seat: false,
    filing: true,
    start,
    end: start + name.length,
  };
}
