import { type Token, tagSentence } from "../linguistic/index.ts";
import type { Range } from "./types.ts";

// "The governor backed Ruiz last week and has campaigned at her side": when a cue takes a noun phrase, not a clause,
// what is attributed is that phrase ("Ruiz"), not the rest of the sentence. The linguistic layer's POS tags tell
// the two apart: a noun phrase followed by a verb is the subject of a complement clause ("She thinks Sanders could
// win"), one followed by anything else is the cue's object.

// Past this many characters after the cue the object is not looked for: a phrase is short, and tagging is kept cheap.
const REACH = 240;
// A complement that opens like this is a clause or a quote whatever follows: "that …", "to …", "whether …".
const CLAUSE_OPENER = /^(?:that|to|whether|if|how|why|what|when|where|who|which|because)$/u;
// Times that end a noun phrase: "backed Ruiz last week", "backed her on Tuesday".
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|now|week|month|year|morning|afternoon|evening|night|weekend)$/u;
const TIME_LEAD = /^(?:last|this|next|early|late|earlier|later)$/u;
// Words inside a noun phrase: "the party's nominee", "Sen. Ana Ruiz", "U.S.-led".
const INNER = new Set(["'s", "’s", "'", "’", "-", ".", "&"]);
const QUOTE = /^["“”«»‘’']+$/u;
const OBJECT_PRONOUN = /^(?:him|her|them|it|us|me|you|himself|herself|themselves|itself)$/u;
const LEAD = /^(?:DET|NUM)$/u;
const NOMINAL = /^(?:NOUN|PROPN|ADJ|NUM)$/u;

/**
 * The cue's object when the content at `from` is a noun phrase and no clause ("backed [Ruiz] last week …"):
 * that phrase with its "of" and "as" tails ("Governor Ana Ruiz of Ohio", "Ruiz as a serious contender").
 * Null when the content is a clause, a quote, an infinitive or a gerund: then the whole clause is the content.
 */
export function objectContent(text: string, from: number, to: number, context = from): Range | null {
  const end = Math.min(to, from + REACH);
  if (end <= from) return null;
  // Tagged from the cue on (`context`): a phrase tagged out of its sentence loses its nouns ("his rival/ADJ").
  const tokens = tagSentence(text, { start: Math.min(context, from), end }).tokens.filter((t) => t.start >= from);
  const first = tokens[0];
  if (!first || QUOTE.test(first.text) || CLAUSE_OPENER.test(first.lower)) return null;
  // "favours keeping the base open": a gerund clause.
  if (first.pos === "VERB" || first.pos === "AUX") return null;
  const j = extent(tokens, 0);
  if (j < 0) return null;
  const last = tokens[j] as Token;
  if (last.end >= to || !endsAt(tokens, j)) return null;
  return { start: first.start, end: last.end };
}

/**
 * Whether the object phrase ending at `j` ends there for certain: a time follows ("backed Ruiz last week"), a
 * second predicate ("… and has campaigned at her side") or a participle clause (", urging her voters …").
 * After a preposition, a comma or a relative pronoun the content runs on: "the mayor in the lead with 40 percent".
 */
function endsAt(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  if (!next) return false;
  if (TIME_WORD.test(next.lower) || (TIME_LEAD.test(next.lower) && TIME_WORD.test(after?.lower ?? ""))) return true;
  if (next.lower === "on" && WEEKDAY.test(after?.lower ?? "")) return true;
  if (next.pos === "CCONJ") return after?.pos === "VERB" || after?.pos === "AUX";
  // ", including …" lists what the object holds; ", urging …" is a new predicate.
  return next.text === "," && after?.pos === "VERB" && /ing$/u.test(after.lower) && after.lower !== "including";
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/** The phrase at `i` with its "of", "for", "as" and "and" tails ("Sen. Ana Ruiz of Ohio", "Ruiz as a serious
 * contender", "Ruiz and Ortega"), as the index of its last token, or -1. */
function extent(tokens: readonly Token[], i: number): number {
  let k = phraseEnd(tokens, i);
  if (k < 0) return -1;
  for (;;) {
    const link = tokens[k + 1]?.lower;
    if (link !== "of" && link !== "as" && link !== "for" && link !== "and" && link !== "or") break;
    const more = phraseEnd(tokens, k + 2);
    if (more < 0) break;
    k = more;
  }
  return k;
}

/** The index of the last token of the noun phrase starting at `i`, or -1 when none starts there. */
function phraseEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (t.pos === "PRON" && OBJECT_PRONOUN.test(t.lower)) return i;
  let k = i;
  const lead = LEAD.test(t.pos) || (t.pos === "PRON" && !OBJECT_PRONOUN.test(t.lower));
  if (lead) k++;
  let head = -1;
  let adjective = -1;
  for (; k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (TIME_WORD.test(w.lower)) break;
    if (TIME_LEAD.test(w.lower) && TIME_WORD.test(tokens[k + 1]?.lower ?? "")) break;
    const name = /^\p{Lu}/u.test(w.text) && w.pos !== "PUNCT";
    if (NOMINAL.test(w.pos) || name) {
      if (w.pos !== "ADJ") head = k;
      else adjective = k;
      continue;
    }
    // "the party's nominee", "Sen. Cruz", "U.S.-led": glue inside a phrase, never its end.
    if (INNER.has(w.text) && head >= 0 && tokens[k + 1] && (tokens[k - 1] as Token).end === w.start) continue;
    break;
  }
  // "his rival/ADJ": after a determiner the tagger's last adjective may be the head noun.
  return head < 0 && lead ? adjective : head;
}
