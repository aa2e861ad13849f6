import { skipHearer } from "./adjuncts.ts";
import { nonEmpty, trimRange } from "./content.ts";
import { findCues } from "./lexicon/cues.ts";
import { STATEMENT_NOUNS } from "./lexicon/organisations.ts";
import { mainSubject } from "./markers.ts";
import { phraseEndingAt } from "./noun-phrase.ts";
import { clauseSubject } from "./shared-subject.ts";
import type { Attribution, Range, SpeakerTest } from "./types.ts";

// Participle clauses that carry an attribution of their own: "Bush attacked Trump, calling him a “loser”";
// "“…,” he said, citing a more progressive platform"; "with 30 percent of voters saying they …".
// The speaker is the subject of the clause the participle hangs on, or the noun phrase after "with".

const BEFORE_PARTICIPLE_RE = /(?:,|\s(?:and|while|by|before|after))\s*$/u;
const WITH_NP_RE = /\bwith\s+$/iu;
const PRONOUN_RE = /^(?:he|she|they|we|i)$/iu;
const EMPTY_RE = /^(?:it|this|that|so|them|him|her)?[.!?]?$/iu;

/** Participle attributions of a unit that no attribution found so far covers. */
export function participleClaims(
  text: string,
  masked: string,
  found: readonly Attribution[],
  looksLikeSpeaker: SpeakerTest,
): Attribution[] {
  const out: Attribution[] = [];
  const cues = findCues(masked).filter((c) => c.cue.form === "ing");
  cues.forEach((c, i) => {
    const before = masked.slice(Math.max(0, c.start - 60), c.start);
    const withNp = phraseBeforeWith(masked, c.start) ?? reducedRelative(text, masked, c.start, looksLikeSpeaker);
    if (!withNp && !BEFORE_PARTICIPLE_RE.test(before)) return;
    // Already read: inside a found content, or the opening of one (", adding that …" joined to "said").
    const inside = found.some((a) => a.content.some((r) => c.start >= r.start && c.start < r.end));
    const opens = found.some((a) =>
      a.content.some((r) => r.start >= c.end && r.start <= c.end + 30 && !/[,;:]/u.test(masked.slice(c.end, r.start))),
    );
    if (inside || opens) return;
    let at = c.end;
    if (c.cue.lemma === "tell") at = skipHearer(text, masked, at);
    const that = /^\s*(?:that\s+)?/iu.exec(masked.slice(at));
    at += that?.[0].length ?? 0;
    const next = cues[i + 1];
    // "pointing to his record and saying …": the next participle of the series ends this one's content.
    const joint = next ? /(?:,|\s+and)\s*$/u.exec(masked.slice(Math.max(0, next.start - 8), next.start)) : null;
    // "a poll showing X, told reporters …": what another attribution holds is not this one's content.
    const later = found.flatMap((a) => [a.speaker.start, ...a.content.map((r) => r.start)]).filter((x) => x > c.end);
    const first = Math.min(...later);
    // Up to the comma before it: "…, told reporters he was calm" is the other attribution's verb and hearer.
    const comma = later.length > 0 ? masked.lastIndexOf(",", first) : -1;
    const stop = Math.min(next && joint ? next.start - joint[0].length : text.length, comma > c.end ? comma : first);
    const content = trimRange(text, at, stop);
    if (!nonEmpty(content) || EMPTY_RE.test(text.slice(content.start, content.end))) return;
    const speaker = withNp ?? speakerOf(text, masked, found, c.start, looksLikeSpeaker);
    if (!speaker) return;
    out.push({
      speaker,
      content: [content],
      verb: masked.slice(c.start, c.end).toLowerCase(),
      cue: { start: c.start, end: c.end },
      anonymous: false,
      statement: false,
    });
  });
  return out;
}

/** "a survey showing …", "voters backing the mayor": the noun phrase the participle modifies, right before it. */
function reducedRelative(text: string, masked: string, at: number, looksLikeSpeaker: SpeakerTest): Range | null {
  if (!/[\p{L}]\s+$/u.test(masked.slice(Math.max(0, at - 3), at))) return null;
  const np = phraseEndingAt(masked, trimEnd(masked, at));
  if (!np || np.end <= np.start) return null;
  const phrase = text.slice(np.start, np.end);
  // "is saying", "has been calling": a verb chain, not a noun phrase; "after saying": a preposition's gerund.
  if (
    /(?:^|\s)(?:is|are|was|were|be|been|being|am|by|of|for|after|before|about|without|in|on|from|with|at|to|as|while|when|and|or|but|not)$/iu.test(
      phrase,
    )
  )
    return null;
  // A name, a plural or a document ("a fresh survey showing …"): "a man carrying a sign" describes, it reports nothing.
  const head = phrase.split(/\s+/).pop() ?? "";
  if (!/^\p{Lu}/u.test(head) && !/s$/u.test(head)) {
    // "issued a statement saying …" is the issuer's; "after a fresh survey showing …" the survey's.
    const before = masked.slice(Math.max(0, np.start - 10), np.start);
    if (
      !STATEMENT_NOUNS.has(head.toLowerCase()) ||
      !/(?:^|[\s,])(?:of|in|with|from|after|amid|despite|by)\s+$|^\s*$/u.test(before)
    )
      return null;
  }
  return looksLikeSpeaker(phrase, false) ? np : null;
}

/** "with 30 percent of voters saying …": the phrase between "with" and the participle. */
function phraseBeforeWith(masked: string, at: number): Range | null {
  const np = phraseEndingAt(masked, trimEnd(masked, at));
  if (!np || !WITH_NP_RE.test(masked.slice(Math.max(0, np.start - 6), np.start))) return null;
  return np;
}

/** Who the participle's clause is about: the nearest speaker found before it, else the sentence's subject. */
function speakerOf(
  text: string,
  masked: string,
  found: readonly Attribution[],
  at: number,
  looksLikeSpeaker: SpeakerTest,
): Range | null {
  const earlier = found.filter((a) => a.speaker.end <= at).at(-1);
  if (earlier) return earlier.speaker;
  const subject = clauseSubject(text, masked, at);
  const said = subject ? text.slice(subject.start, subject.end) : "";
  if (subject && (PRONOUN_RE.test(said) || looksLikeSpeaker(said, false))) return subject;
  return mainSubject(text, masked, at, looksLikeSpeaker)?.speaker ?? null;
}

function trimEnd(s: string, at: number): number {
  let k = at;
  while (k > 0 && /\s/u.test(s[k - 1] as string)) k--;
  return k;
}
