import * as v from "valibot";
import { SpanSchema } from "./provenance.ts";
import { QuantitySchema } from "./quantity.ts";
import { CASUALTY_KINDS } from "./vocabulary.ts";

/** "killed an estimated 10 fighters": kind killed, count about 10. */
export const CasualtySchema = v.object({
  kind: v.picklist(CASUALTY_KINDS),
  count: v.nullable(QuantitySchema),
  /** Who was hurt, as the text says it ("fighters", "civilians"), or null. */
  who: v.nullable(v.string()),
  span: SpanSchema,
});
export type Casualty = v.InferOutput<typeof CasualtySchema>;
