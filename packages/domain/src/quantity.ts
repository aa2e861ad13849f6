import * as v from "valibot";

export const QUANTITY_QUALIFIERS = [
  "exact",
  "about",
  "more-than",
  "at-least",
  "fewer-than",
  "at-most",
  "range",
] as const;

const bound = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

/** A reported count: "more than 60" is { low: 60, high: null, qualifier: "more-than" }. */
export const QuantitySchema = v.pipe(
  v.object({
    low: bound,
    high: bound,
    qualifier: v.picklist(QUANTITY_QUALIFIERS),
  }),
  v.check((q) => q.low === null || q.high === null || q.low <= q.high, "low must not exceed high"),
);
export type Quantity = v.InferOutput<typeof QuantitySchema>;
export type QuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number];

export function exactly(n: number): Quantity {
  return { low: n, high: n, qualifier: "exact" };
}

/** The smallest range that holds every given range; null bounds mean open-ended. */
export function mergeQuantities(quantities: readonly (Quantity | null)[]): Quantity | null {
  const known = quantities.filter((q): q is Quantity => q !== null);
  const first = known[0];
  if (!first) return null;
  if (known.length === 1) return first;
  const lows = known.map((q) => q.low ?? 0);
  const highs = known.map((q) => q.high);
  const high = highs.some((h) => h === null) ? null : Math.max(...(highs as number[]));
  return { low: Math.min(...lows), high, qualifier: "range" };
}
