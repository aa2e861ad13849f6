import type { AnalysedSentence, Chunk, Token } from "../linguistic/index.ts";
import { conjunctsStart } from "./subject-conjuncts.ts";

// How many phrases a coordinated subject may join: "A, B, C and D were killed".
const MAX_CONJUNCTS = 6;
const RELATIVE = new Set(["who", "which", "that", "whom"]);
const DETERMINER = /^(?:a|an|the|his|her|its|their|one|another)$/;

const span = (s: AnalysedSentence, first: number, last: number, head: number): Chunk => ({
  first,
  last,
  head,
  start: s.tokens[first]?.start ?? 0,
  end: s.tokens[last]?.end ?? 0,
  pronoun: false,
});

const TIME =
  /^(?:\d.*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|morning|afternoon|evening|night|week|month|year|dawn|midnight|noon)$/;
const isTime = (t: Token | undefined) => !t || t.pos === "NUM" || TIME.test(t.lower);

const chunkEndingAt = (s: AnalysedSentence, k: number) => s.chunks.find((c) => c.last === k && !c.pronoun);

/** "offices of [labor unions]": the phrase an "of" complement belongs to, else the phrase itself. */
function ofHead(s: AnalysedSentence, c: Chunk): Chunk {
  let out = c;
  for (let n = 0; n < 2 && s.tokens[out.first - 1]?.lower === "of"; n++) {
    const h = chunkEndingAt(s, out.first - 2);
    if (!h) break;
    out = span(s, h.first, out.last, h.head);
  }
  return out;
}

/** May the phrase be a conjunct of a subject (not governed by a preposition or a verb of its own)? */
function freeStanding(tokens: readonly Token[], c: Chunk): boolean {
  const prev = tokens[c.first - 1];
  return !prev || !(prev.pos === "ADP" || prev.pos === "VERB" || prev.pos === "AUX" || prev.lower === "to");
}

/**
 * A passive subject as the text coordinates it: "Ruiz and his aide Ana Toro, a member of the council,
 * were abducted" is Ruiz and Ana Toro, not the apposition nearest the verb; "offices of labor unions and
 * houses of opposition members were attacked" is both. `c` is the phrase nearest the verb at `verb`.
 */
export function widenSubject(s: AnalysedSentence, nearest: Chunk | null, verb: number): Chunk | null {
  const c = !nearest || RELATIVE.has(s.tokens[nearest.head]?.lower ?? "") ? relativeAntecedent(s, verb) : nearest;
  if (!c || c.pronoun) return c;
  const tokens = s.tokens;
  let core = c;
  // ", a member of the party," right before the verb is an apposition: the subject is the phrase before it.
  let tail = c.last;
  for (let k = c.last + 1; tokens[k]?.lower === "of" && k < verb; ) {
    const next = s.chunks.find((x) => x.first === k + 1 && x.last < verb);
    if (!next) break;
    tail = next.last;
    k = next.last + 1;
  }
  const apposition =
    tokens[c.first - 1]?.text === "," &&
    tokens[tail + 1]?.text === "," &&
    (DETERMINER.test(tokens[c.first]?.lower ?? "") || tokens[c.head]?.pos === "NOUN");
  if (apposition) {
    const before = chunkEndingAt(s, c.first - 2);
    if (before && freeStanding(tokens, ofHead(s, before))) core = ofHead(s, before);
  } else core = span(s, ofHead(s, c).first, tail, c.head);
  // "A, B and C were killed": the conjuncts before the nearest one; a bare comma joins only inside a list.
  const first = conjunctsStart(s, core.first, MAX_CONJUNCTS, (k) => {
    const prev = chunkEndingAt(s, k);
    if (!prev || isTime(tokens[prev.head])) return null;
    const conjunct = ofHead(s, prev);
    return !freeStanding(tokens, conjunct) || conjunct.first < 0 ? null : conjunct.first;
  });
  return first === c.first && core.last === c.last ? c : span(s, first, core.last, core.head);
}

/** "the mayor, who was kidnapped": a relative pronoun right before the verb stands for the phrase before it. */
function relativeAntecedent(s: AnalysedSentence, verb: number): Chunk | null {
  let k = verb - 1;
  while (k >= 0 && (s.tokens[k]?.pos === "AUX" || s.tokens[k]?.pos === "ADV")) k--;
  if (!RELATIVE.has(s.tokens[k]?.lower ?? "")) return null;
  k--;
  if (s.tokens[k]?.text === ",") k--;
  const c = chunkEndingAt(s, k);
  return c && !isTime(s.tokens[c.head]) ? ofHead(s, c) : null;
}

/**
 * "a stretch of the northern oil pipeline", "the house of the mayor", "members of a visiting delegation": what was hit,
 * with the "of" phrases that say whose or which it is (a time is no such phrase: "the attack of 12 November").
 */
export function withOfTail(s: AnalysedSentence, c: Chunk | null): Chunk | null {
  if (!c || c.pronoun) return c;
  let last = c.last;
  for (let n = 0; n < 2 && s.tokens[last + 1]?.lower === "of"; n++) {
    const next = s.chunks.find((x) => x.first === last + 2);
    if (!next || next.pronoun || isTime(s.tokens[next.head])) break;
    last = next.last;
  }
  return last === c.last ? c : span(s, c.first, last, c.head);
}
