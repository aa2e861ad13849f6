import * as v from "valibot";
import { SpanSchema } from "./provenance.ts";
import { QuantitySchema } from "./quantity.ts";
import { FORCE_CATEGORIES, FORCE_STATUSES } from "./vocabulary.ts";

/** One source's report of the target side's forces: "destroyed two artillery pieces". */
export const ForceReportSchema = v.object({
  category: v.picklist(FORCE_CATEGORIES),
  status: v.picklist(FORCE_STATUSES),
  count: v.nullable(QuantitySchema),
  /** The words that name the force, e.g. "artillery pieces". */
  noun: v.string(),
  span: SpanSchema,
});
export type ForceReport = v.InferOutput<typeof ForceReportSchema>;
