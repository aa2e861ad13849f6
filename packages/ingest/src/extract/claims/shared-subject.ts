import { tagSentence } from "../linguistic/index.ts";
import { type Phrase, phraseEndingAt, subjectBefore } from "./noun-phrase.ts";

// A cue with no subject of its own takes one from the clause it belongs to:
// - a second predicate: "Grassley downplayed the attack and said it was …", "She survived prison and says …";
// - a relative clause: "Republicans who see a glass half empty", "a poll that shows …".

// "… and said", "…, but insisted": the cue coordinates with an earlier predicate of the same subject.
const COORDINATED_RE = /(?:^|[^\p{L}])(?:and|but|or|yet)\s*$/iu;
// "those who favoured", "the group, which says": the relative pronoun right before the cue.
const RELATIVE_RE = /(?:^|[^\p{L}])(?:who|which|that)\s*$/iu;
// A verb inside these is no predicate of the sentence's subject: "Asked whether X would …", "if Y wins".
const SUBORDINATE_RE =
  /(?:^|[^\p{L}])(?:whether|if|that|because|since|when|while|although|though|after|before|as|who|which|what|how|why|where|to|than)\s+$/iu;
// Past this many characters of sentence before the cue the first predicate is not looked for.
const REACH = 400;

/** The antecedent of "who"/"which"/"that" right before `at`: "[Republicans] who see …". */
export function relativeAntecedent(masked: string, at: number): Phrase | null {
  const m = RELATIVE_RE.exec(masked.slice(Math.max(0, at - 12), at));
  if (!m) return null;
  let end = at - (m[0].length - (m[0].match(/^[^\p{L}]/u) ? 1 : 0));
  while (end > 0 && /[\s,]/u.test(masked[end - 1] as string)) end--;
  const np = phraseEndingAt(masked, end);
  return np && np.end > np.start ? { ...np, anonymous: false } : null;
}

/**
 * The subject of the first predicate of a sentence whose later predicate, coordinated at `at` ("… and said"),
 * is the cue; null when the cue is not coordinated or no predicate before it has a subject.
 */
export function coordinatedSubject(text: string, masked: string, at: number): Phrase | null {
  return COORDINATED_RE.test(masked.slice(Math.max(0, at - 8), at)) ? clauseSubject(text, masked, at) : null;
}

/**
 * The subject of the sentence's first predicate before `at`, read off the linguistic layer's POS tags: "Speaking in
 * Salem, Trump went after Bush, calling him …" → Trump. Subordinate clauses and participles are passed over.
 */
export function clauseSubject(text: string, masked: string, at: number): Phrase | null {
  const from = Math.max(0, at - REACH);
  const tokens = tagSentence(text, { start: from, end: at }).tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A verb inside a quote (masked as "___") is the quoted speaker's, not the sentence's.
    if (!t || (t.pos !== "VERB" && t.pos !== "AUX") || masked[t.start] === "_") continue;
    const prev = tokens[i - 1];
    // "the ranking member", "voters supporting X": a participle alone is no predicate.
    if (t.pos === "VERB" && /ing$/u.test(t.lower) && prev?.pos !== "AUX") continue;
    if (t.pos === "VERB" && /ed$/u.test(t.lower) && (prev?.pos === "DET" || prev?.pos === "ADJ")) continue;
    // "Asked whether X would …, Mrs. Clinton shook her head and said": a verb of a subordinate clause is passed.
    if (SUBORDINATE_RE.test(masked.slice(Math.max(0, t.start - 12), t.start))) continue;
    // "He simply declined": the adverbs before the verb are no part of its subject.
    let at = t.start;
    for (let k = i - 1; k >= 0 && tokens[k]?.pos === "ADV"; k--) at = (tokens[k] as { start: number }).start;
    const sp = subjectBefore(masked, at);
    if (sp && sp.end > sp.start && !SUBORDINATE_RE.test(masked.slice(Math.max(0, sp.start - 12), sp.start))) return sp;
  }
  return null;
}
