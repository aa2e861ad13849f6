import * as v from "valibot";

/** Why a telling was joined to its event, stored with the telling (JSON) and shown on the event page. */
export const JoinReasonSchema = v.object({
  /** The telling it was compared with: the event's anchor (its first place-agreeing telling in canonical order). */
  with: v.string(),
  /** `place`: the places agree. `unambiguous`: nothing agreed, but it was the only compatible event of its block. */
  rule: v.picklist(["place", "unambiguous"]),
  place: v.object({
    relation: v.picklist(["same", "inside", "near", "differs", "apart", "unknown"]),
    km: v.nullable(v.number()),
  }),
  target: v.picklist(["same", "compatible", "contradicts", "unknown"]),
  toll: v.picklist(["agree", "differs", "irreconcilable", "unknown"]),
  sameKind: v.boolean(),
});
export type JoinReason = v.InferOutput<typeof JoinReasonSchema>;
