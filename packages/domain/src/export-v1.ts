import * as v from "valibot";
import { GeoSchema } from "./geo.ts";
import {
  CASUALTY_KINDS,
  CLAIM_KINDS,
  EVENT_KINDS,
  FORCE_CATEGORIES,
  FORCE_STATUSES,
  SPEAKER_KINDS,
  STANCES,
} from "./vocabulary.ts";

// The JSON export of ../shared/eval/SPEC.md, format version 1, exactly.
const CountSchema = v.nullable(v.object({ low: v.nullable(v.number()), high: v.nullable(v.number()) }));

// The canonical actor the lexicon recognised (`{ key: "eln", side: "colombia-insurgents" }`); the text's own name
// stays in attacker / target.
const ActorSideSchema = v.strictObject({ key: v.string(), side: v.string() });

export const ExportV1Schema = v.strictObject({
  version: v.literal(1),
  sources: v.array(
    v.strictObject({
      id: v.string(),
      file: v.string(),
      title: v.nullable(v.string()),
      outlet: v.nullable(v.string()),
      publishedAt: v.nullable(v.string()),
    }),
  ),
  events: v.array(
    v.strictObject({
      id: v.string(),
      kind: v.picklist(EVENT_KINDS),
      date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
      location: v.nullable(v.string()),
      attacker: v.nullable(v.string()),
      target: v.nullable(v.string()),
      sources: v.array(v.string()),
      forces: v.array(
        v.strictObject({
          category: v.picklist(FORCE_CATEGORIES),
          status: v.picklist(FORCE_STATUSES),
          count: CountSchema,
        }),
      ),
      casualties: v.array(v.strictObject({ kind: v.picklist(CASUALTY_KINDS), count: CountSchema })),
      // SPEC v1's optional fields.
      instruments: v.optional(v.array(v.string())),
      eventType: v.optional(v.nullable(v.string())),
      subEventType: v.optional(v.nullable(v.string())),
      geo: v.optional(v.nullable(GeoSchema)),
      attackerSide: v.optional(v.nullable(ActorSideSchema)),
      targetSide: v.optional(v.nullable(ActorSideSchema)),
    }),
  ),
  claims: v.array(
    v.strictObject({
      source: v.string(),
      speaker: v.string(),
      speakerKind: v.picklist(SPEAKER_KINDS),
      text: v.string(),
      stance: v.picklist(STANCES),
      /** Optional in v1: statement, belief or intention. */
      claimKind: v.optional(v.picklist(CLAIM_KINDS)),
      event: v.nullable(v.string()),
    }),
  ),
});
export type ExportV1 = v.InferOutput<typeof ExportV1Schema>;
