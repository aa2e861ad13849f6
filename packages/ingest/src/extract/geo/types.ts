/** How precise a coordinate is: a settlement or site, a first-level region or named area, or a whole country. */
export type Precision = "place" | "region" | "country";

export interface Geo {
  lat: number;
  lon: number;
  precision: Precision;
}

/** What kind of gazetteer entry matched: a site (base, plant, hospital), a settlement, a region or a country. */
export type PlaceKind = "site" | "place" | "region" | "country";

export interface PlaceMatch {
  /** The text's own spelling, as passed in. */
  name: string;
  /** The gazetteer's name for it ("Ḩamāh", "Kyiv", "Deir ez-Zor Governorate"). */
  canonical: string;
  geo: Geo;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2, or null for an area across borders ("the Sahel", "the Red Sea"). */
  countryCode: string | null;
  /** The first-level region (province, state, governorate) a place lies in, when known. */
  admin1?: string;
  /** GeoNames population, 0 when unknown. */
  population: number;
  /** A capital or the seat of a first-level region. */
  seat: boolean;
  /** True when only the transliteration skeleton matched ("Dayr az Zawr" for "Deir ez-Zor"). */
  loose: boolean;
}

export interface LookupContext {
  /** Country codes the article is about, most-named first (from `articleCountries`). */
  countries?: readonly string[];
  /**
   * The name came from a locative frame ("in X", "the town of X", "X province"): everyday words that are also
   * town names ("Of", "Bar", "Police") resolve only then.
   */
  framed?: boolean;
  /** The frame says what it is: "X province" wants a region, "the town of X" a place. */
  want?: "place" | "region";
}
