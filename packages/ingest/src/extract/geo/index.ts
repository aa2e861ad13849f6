export { articleCountries, type CountryScore, countryScores } from "./article-countries.ts";
export { scanCountries } from "./country-scan.ts";
export { type DatelinePlace, datelinePlace } from "./dateline.ts";
export { type FindOptions, findPlaces, type PlaceMention } from "./find-places.ts";
export { exactKey, looseKey } from "./keys.ts";
export { lookupPlace, placeCandidates } from "./lookup.ts";
export type { Geo, LookupContext, PlaceKind, PlaceMatch, Precision } from "./types.ts";
