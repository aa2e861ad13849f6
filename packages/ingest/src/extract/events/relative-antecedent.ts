import type { Candidate } from "./detect.ts";

const RELATIVE = /\b(?:that|which|who)\s+(?:had\s+|have\s+|has\s+)?$/;

/**
 * "Police recovered the bodies from the bus that exploded": a trigger told in a relative clause has for subject the
 * noun the pronoun follows. A lexicon actor told further back, the subject of another verb, did not do it.
 */
export function actorBeyondRelative(c: Candidate): boolean {
  const a = c.attacker;
  if (!a || a.end > c.start) return false;
  const before = c.sentenceText.slice(0, c.start).toLowerCase();
  const m = RELATIVE.exec(before);
  if (!m) return false;
  // "the rebels, who attacked", "army units that attacked": the actor is (the head of) the pronoun's antecedent.
  // "the Red Path Liberation Army [RPLA], who attacked": the rest of a name and its gloss stand between them too.
  return !/^[\s,]*(?:[a-z0-9’'()[\]-]+\s+){0,4}[\s,]*$/.test(before.slice(a.end, m.index));
}
