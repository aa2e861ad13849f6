import { QUANTITY_QUALIFIERS, type Quantity, type QuantityQualifier } from "@deconflict/domain";

/** A stored count back as a domain Quantity; null when the text gave no number. */
export function quantityOf(row: {
  countLow: number | null;
  countHigh: number | null;
  qualifier: string | null;
}): Quantity | null {
  if (row.countLow === null && row.countHigh === null) return null;
  const qualifier = (QUANTITY_QUALIFIERS as readonly string[]).includes(row.qualifier ?? "")
    ? (row.qualifier as QuantityQualifier)
    : "exact";
  return { low: row.countLow, high: row.countHigh, qualifier };
}
