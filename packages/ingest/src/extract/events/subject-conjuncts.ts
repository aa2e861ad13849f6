import type { AnalysedSentence, Chunk } from "../linguistic/index.ts";

// How many phrases a coordinated attacker may join: "gunmen, snipers and bombers attacked".
const MAX_CONJUNCTS = 3;

/**
 * "A, B and C": walks back from the phrase starting at token `first` over the phrases joined to it by "and" or "or"
 * (and by bare commas only inside such a list), at most `max` phrases in all. `take(k)` is given the token where the
 * previous conjunct ends and returns the token it starts at, or null where the list stops. Returns the first token
 * of the list.
 */
export function conjunctsStart(
  s: AnalysedSentence,
  first: number,
  max: number,
  take: (last: number) => number | null,
): number {
  const tokens = s.tokens;
  let crossedAnd = false;
  for (let n = 1; n < max; n++) {
    let k = first - 1;
    const joiner = tokens[k];
    if (!joiner) break;
    if (/^(?:and|or)$/.test(joiner.lower)) {
      crossedAnd = true;
      k--;
      if (tokens[k]?.text === ",") k--;
    } else if (joiner.text === "," && crossedAnd) k--;
    else break;
    const start = take(k);
    if (start === null) break;
    first = start;
  }
  return first;
}

/**
 * "Rebel fighters and suicide bombers stormed the base": the subject found next to the verb is the last conjunct;
 * the attackers are all the phrases joined to it, as long as each could itself name who attacked (`agentLike`)
 * and none is governed by a preposition or a verb.
 */
export function withConjunctsBefore(
  s: AnalysedSentence,
  c: Chunk | null,
  agentLike: (c: Chunk) => boolean,
): Chunk | null {
  if (!c || c.pronoun) return c;
  const first = conjunctsStart(s, c.first, MAX_CONJUNCTS, (k) => {
    const prev = s.chunks.find((x) => x.last === k);
    if (!prev || prev.pronoun || !agentLike(prev)) return null;
    const governor = s.tokens[prev.first - 1];
    return governor && /^(?:ADP|VERB|AUX)$/.test(governor.pos) ? null : prev.first;
  });
  return first === c.first ? c : { ...c, first, start: s.tokens[first]?.start ?? c.start };
}
