import * as v from "valibot";
import { SpanSchema } from "./provenance.ts";
import { CLAIM_KINDS, SPEAKER_KINDS, STANCES } from "./vocabulary.ts";

/** Who said what, in one source. */
export const ClaimSchema = v.object({
  speaker: v.string(),
  speakerKind: v.picklist(SPEAKER_KINDS),
  text: v.string(),
  stance: v.picklist(STANCES),
  /** Statement, belief or intention, from the cue's class. */
  claimKind: v.picklist(CLAIM_KINDS),
  /** The cue word or phrase ("said", "according to", "believes", ":"), where the text has one. */
  cue: v.nullable(SpanSchema),
  /** Index into the same extraction's mentions of the event the claim is about, or null. */
  mentionIndex: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  span: SpanSchema,
});
export type Claim = v.InferOutput<typeof ClaimSchema>;
