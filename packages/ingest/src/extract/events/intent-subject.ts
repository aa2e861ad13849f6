import { NOT_AGENTS } from "../lexicon/agents.ts";
import type { AnalysedSentence, Chunk } from "../linguistic/index.ts";

// Verbs of a deliberate act against people: only someone can murder or kidnap, so their subject is an agent whatever
// its head noun ("the Red Dawn murdered", all in capitals where no casing tells a name).
const INTENT_VERB = /^(?:murdered|assassinated|kidnapp?ed|abducted|massacred|tortured)$/;
// Heads that stand for a deed or for others, not for a group: "a plot to abduct", "the same ones who murdered".
const NOT_GROUP = /^(?:ones?|others?|attempts?|operations?|plans?|plots?|orders?|cases?|release|same)$/;
const DETERMINER = /^(?:the|a|an)$/;

/**
 * "THE WHITE HAND MURDERED TWO UNIONISTS": the active subject of an intent verb is who did it, though its head is no
 * agent noun and its casing tells no name. The phrase must be a definite or counted noun phrase of its own (no pronoun,
 * no speaker or office, no bare common noun without a determiner).
 */
export function intentSubject(s: AnalysedSentence, subject: Chunk | null, ti: number): boolean {
  if (!subject || subject.pronoun) return false;
  if (!INTENT_VERB.test(s.tokens[ti]?.lower ?? "")) return false;
  // Right before the verb, or one adverb between ("the White Hand today murdered"); never "to murder".
  const between = s.tokens.slice(subject.last + 1, ti);
  if (between.length > 1 || between.some((t) => t.pos !== "ADV")) return false;
  const head = s.tokens[subject.head];
  if (!head || NOT_AGENTS.has(head.lower) || NOT_GROUP.test(head.lower) || head.pos === "NUM" || head.pos === "PRON")
    return false;
  const first = s.tokens[subject.first]?.lower ?? "";
  return DETERMINER.test(first) && subject.last > subject.first;
}
