// What a name says of itself before any lookup: its cleaned text, what it asks for ("Anbar province" a region,
// "Bogota airport" a place), and the shorter forms to try when the whole is unknown.
import type { LookupContext } from "./types.ts";

// "Anbar province", "Donetsk region": the frame's own word says it is a region.
const REGION_WORD =
  /\s+(?:governorate|province|provinces|region|state|oblast|district|department|county|prefecture|division|territory|municipality|raion)$/i;
// "northern Syria", "eastern Ukraine": a part of a place.
const DIRECTION =
  /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|upper|lower|greater|rural|outer|inner)\s+/i;
// "Bogota airport", "the Mosul dam": a facility named after its town.
const FACILITY_WORD =
  /\s+(?:international\s+)?(?:airport|air ?base|airfield|air field|military base|base|port|harbou?r|hospital|prison|refinery|oil ?field|checkpoint|bridge|dam|camp|barracks)$/i;
const LEADING_THE = /^the\s+/i;
// No place name is longer ("Archipiélago de San Andrés, Providencia y Santa Catalina" is 56).
export const MAX_NAME = 120;
const POSSESSIVE = /['’]s$/i;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

export interface NameForms {
  /** The name without "the", a possessive or trailing punctuation. */
  text: string;
  want: LookupContext["want"];
  /** Shorter forms, in order, for when `text` itself is unknown: "Anbar", "Syria", "Bogota". */
  fallbacks: string[];
}

export function nameForms(name: string, want: LookupContext["want"]): NameForms {
  const text = name.trim().replace(TRAILING_PUNCTUATION, "").replace(POSSESSIVE, "").replace(LEADING_THE, "");
  const region = REGION_WORD.test(text);
  const facility = !region && FACILITY_WORD.test(text);
  const fallbacks = [
    ...(region ? [text.replace(REGION_WORD, "")] : []),
    ...(DIRECTION.test(text) ? [text.replace(DIRECTION, "")] : []),
    ...(facility ? [text.replace(FACILITY_WORD, "")] : []),
  ];
  return { text, want: want ?? (region ? "region" : facility ? "place" : undefined), fallbacks };
}
