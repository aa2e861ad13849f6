import * as v from "valibot";
import { ClaimSchema } from "./claim.ts";
import { EventMentionSchema } from "./event.ts";

/** Everything the extractor found in one article. Spans point into `text`. */
export const ExtractionSchema = v.object({
  extractorVersion: v.string(),
  /** The cleaned article text; every span of this extraction points into it. */
  text: v.string(),
  title: v.nullable(v.string()),
  byline: v.nullable(v.string()),
  /** A publication date found in the text (dateline), when metadata had none. */
  publishedAt: v.nullable(v.string()),
  mentions: v.array(EventMentionSchema),
  claims: v.array(ClaimSchema),
});
export type Extraction = v.InferOutput<typeof ExtractionSchema>;
