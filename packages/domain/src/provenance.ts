import * as v from "valibot";

/** A half-open character span [start, end) into its source's stored text. */
export const SpanSchema = v.pipe(
  v.object({
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((s) => s.start <= s.end, "span start must not exceed its end"),
);
export type Span = v.InferOutput<typeof SpanSchema>;

/** Where an extracted fact came from: the source and the characters that say it. */
export const ProvenanceSchema = v.object({
  sourceId: v.string(),
  span: SpanSchema,
});
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;

export function spanInside(span: Span, text: string): boolean {
  return span.start >= 0 && span.end <= text.length && span.start <= span.end;
}
