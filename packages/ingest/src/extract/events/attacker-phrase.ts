import { AGENT_HEADS } from "../lexicon/agents.ts";
import type { AnalysedSentence, Chunk } from "../linguistic/index.ts";
import { hasName } from "./frames.ts";

const OPEN = new Set(["[", "("]);
const CLOSE = new Set(["]", ")"]);
// "an unknown number of FMLN terrorists", "dozens of gunmen": a count of the attackers, not who they are.
const QUANTITY = /^(?:number|numbers|dozens|hundreds|scores|handful|couple|majority|thousands|tens)$/;
const MAX_GLOSS = 12;

/** The chunk that starts at token `k`, if any. */
const chunkAt = (s: AnalysedSentence, k: number) => s.chunks.find((c) => c.first === k);

/**
 * "FMLN [Farabundo Marti National Liberation Front] units", "the Farabundo Marti National Liberation Front
 * (FMLN)": a name with its bracketed gloss (and the noun the gloss interrupts) is one phrase. Wire copy glosses
 * acronyms and translations this way; the name and its gloss are two spellings of one actor.
 */
export function withGloss(s: AnalysedSentence, c: Chunk | null): Chunk | null {
  if (!c || c.pronoun) return c;
  const open = s.tokens[c.last + 1];
  if (!open || !OPEN.has(open.text)) return c;
  let k = c.last + 2;
  while (k < s.tokens.length && k - c.last <= MAX_GLOSS && !CLOSE.has(s.tokens[k]?.text ?? "")) {
    if (OPEN.has(s.tokens[k]?.text ?? "")) return c;
    k++;
  }
  const close = s.tokens[k];
  if (!close || !CLOSE.has(close.text) || k === c.last + 2) return c;
  let out: Chunk = { ...c, last: k, end: close.end };
  // "FMLN [...] units": the head noun after the gloss belongs to the name before it.
  const tail = chunkAt(s, k + 1);
  const tailHead = tail ? (s.tokens[tail.head]?.lower ?? "") : "";
  if (tail && !tail.pronoun && tail.first === tail.head && AGENT_HEADS.has(tailHead))
    out = { ...out, last: tail.last, end: tail.end, head: tail.head };
  return out;
}

/** Whether the chunk's bracketed gloss names an armed body ("FMLN [... Liberation Front]"). */
export function glossNamesGroup(s: AnalysedSentence, c: Chunk): boolean {
  const open = s.tokens[c.last + 1];
  if (!open || !OPEN.has(open.text)) return false;
  const inner = chunkAt(s, c.last + 2);
  return (
    !!inner && AGENT_HEADS.has(s.tokens[inner.head]?.lower ?? "") && CLOSE.has(s.tokens[inner.last + 1]?.text ?? "")
  );
}

/** "an unknown number of FMLN terrorists" as the subject: the attackers are the "of" phrase. */
export function countedAgents(s: AnalysedSentence, c: Chunk | null): Chunk | null {
  if (!c || c.pronoun || !QUANTITY.test(s.tokens[c.head]?.lower ?? "")) return null;
  // "the number of terrorists killed": a tally of those it happened to, not who did it.
  if (s.tokens[c.first]?.lower === "the") return null;
  if (s.tokens[c.last + 1]?.lower !== "of") return null;
  return chunkAt(s, c.last + 2) ?? null;
}

/**
 * "members of the pro-Castro Army of National Liberation (ELN)": an attacker's phrase runs on through the "of"
 * names and glosses that make up the name, however many there are (up to a few).
 */
export function attackerSpan(s: AnalysedSentence, c: Chunk | null): Chunk | null {
  let out = withGloss(s, c);
  for (let n = 0; out && n < 3; n++) {
    if (s.tokens[out.last + 1]?.lower !== "of") break;
    const next = chunkAt(s, out.last + 2);
    if (!next || next.pronoun || !hasName(s, next)) break;
    out = withGloss(s, { ...out, end: next.end, last: next.last });
  }
  return out;
}

/**
 * "a colonel, two lieutenants and two soldiers were involved": the subject found next to the verb is the last of
 * a list; the list runs back over the phrases joined to it by commas and "and" (at most `max` of them).
 */
export function withListBefore(s: AnalysedSentence, c: Chunk | null, max = 6): Chunk | null {
  if (!c || c.pronoun) return c;
  let out = c;
  for (let n = 1; n < max; n++) {
    let k = out.first - 1;
    if (/^(?:and|or)$/.test(s.tokens[k]?.lower ?? "")) k--;
    if (s.tokens[k]?.text === ",") k--;
    if (k === out.first - 1) break;
    const prev = s.chunks.find((x) => x.last === k);
    if (!prev || prev.pronoun) break;
    out = { ...out, start: prev.start, first: prev.first };
  }
  return out;
}

/**
 * "four officers, including a colonel, and five soldiers": the phrase runs on over an "including" aside and the
 * list after it, for up to `max` more phrases; `extend` joins the phrases coordinated after each step.
 */
export function withIncluded(s: AnalysedSentence, c: Chunk | null, extend: (c: Chunk) => Chunk, max = 3): Chunk | null {
  if (!c || c.pronoun) return c;
  let out = c;
  for (let n = 0; n < max; n++) {
    let k = out.last + 1;
    if (s.tokens[k]?.text === ",") k++;
    if (!/^(?:including|among)$/.test(s.tokens[k]?.lower ?? "")) break;
    k++;
    if (s.tokens[k]?.lower === "them") k++;
    const next = chunkAt(s, k);
    if (!next || next.pronoun) break;
    out = extend({ ...out, end: next.end, last: next.last });
  }
  return out;
}
