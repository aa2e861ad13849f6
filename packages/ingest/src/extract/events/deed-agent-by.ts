import { NOT_AGENTS } from "../lexicon/agents.ts";
import type { AnalysedSentence, Chunk } from "../linguistic/index.ts";

// Verbs whose passive agent did a deed: "perpetrated by", "committed by". Their "by" names who did it.
const DEED_VERB = /^(?:perpetrated|committed)$/;

/**
 * "the murders were perpetrated by professionals": the agent of "perpetrated" or "committed" is who did the deed,
 * whatever its head noun, if it is a plural common noun phrase of its own (no pronoun, office or speaker).
 */
export function deedVerbAgent(s: AnalysedSentence, c: Chunk): boolean {
  if (c.pronoun || s.tokens[c.first - 1]?.lower !== "by") return false;
  if (!DEED_VERB.test(s.tokens[c.first - 2]?.lower ?? "")) return false;
  const head = s.tokens[c.head];
  return !!head && head.pos === "NOUN" && /[a-z]s$/.test(head.lower) && !NOT_AGENTS.has(head.lower);
}
