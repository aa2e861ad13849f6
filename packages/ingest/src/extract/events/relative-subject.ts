import type { AnalysedSentence, Chunk } from "../linguistic/index.ts";

const RELATIVE = /^(?:who|that|which)$/;
const SKIPPED = new Set([
  "had",
  "has",
  "have",
  "then",
  "later",
  "also",
  "reportedly",
  "allegedly",
  "apparently",
  "are",
  "were",
  "was",
  "is",
]);

/**
 * "alleged guerrillas, who machine-gunned his house": the subject of a verb in a relative clause is the phrase
 * the clause is told of, right before its "who" (and the comma, if any). Null when the verb at `ti` has no
 * relative subject.
 */
export function relativeAntecedent(s: AnalysedSentence, ti: number): Chunk | null {
  let k = ti - 1;
  while (k >= 0 && SKIPPED.has(s.tokens[k]?.lower ?? "")) k--;
  if (!RELATIVE.test(s.tokens[k]?.lower ?? "")) return null;
  k--;
  if (s.tokens[k]?.text === ",") k--;
  const c = s.chunks.find((x) => x.last === k);
  return c && !c.pronoun ? c : null;
}
