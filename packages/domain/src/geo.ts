import * as v from "valibot";

export const GEO_PRECISIONS = ["place", "region", "country"] as const;
export type GeoPrecision = (typeof GEO_PRECISIONS)[number];

/** Coordinates of an event's place, and how fine they are: a town, a first-level region, or only a country. */
export const GeoSchema = v.object({
  lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  precision: v.picklist(GEO_PRECISIONS),
});
export type Geo = v.InferOutput<typeof GeoSchema>;
