// Speakers who speak through a carrier: the author of a post or a statement, and a poll that speaks for itself.
import { trimRange } from "./content.ts";
import { cueOf } from "./lexicon/cues.ts";
import { IRREGULAR_PAST } from "./markers.ts";
import { type Phrase, subjectBefore } from "./noun-phrase.ts";
import { shapeOf } from "./speaker-phrase.ts";
import type { Attribution } from "./types.ts";

// What follows "…, in a statement released by the party on Monday," when the sentence's subject goes on to speak.
const SAY_BEFORE_RE = /(?:^|\s)(?:said|says|told|wrote|added|announced|stated|declared)$/iu;
const ASIDE_THEN_VERB_RE = /^[^,;:"“”]{0,40}?,?\s+(?:said|says|told|wrote|added|announced|stated|declared)\b/iu;

/** "Baker, in a statement released by the campaign, said …": the statement is an aside, Baker the speaker. */
export function asideStatement(masked: string, a: Attribution | null): Attribution | null {
  if (!a?.statement || a.speaker.start < 12) return a;
  const before = masked.slice(Math.max(0, a.speaker.start - 100), a.speaker.start);
  const at = before.search(/\s(?:in|via)\s+(?:a|an|the|its|his|her|their)\s[^,;:]*$/iu);
  if (at < 0) return a;
  // "X said in a statement released by the party (that) …": the subject of "said".
  if (SAY_BEFORE_RE.test(before.slice(0, at))) return null;
  if (!/\p{L}[\p{L}.)]*,?$/u.test(before.slice(0, at))) return a;
  return ASIDE_THEN_VERB_RE.test(masked.slice(a.speaker.end)) ? null : a;
}

// Carriers someone writes or speaks in; a poll, a study or a report speaks for itself.
const AUTHORED_RE =
  /(?:^|\s)(?:statement|interview|letter|speech|op-ed|column|tweet|post|posts|tweets|email|note|remarks|testimony|essay|video|message|appearance|address)(?:\s|$)/iu;
const VERB_WORD_RE = /^\p{Ll}+(?:ed|ied)$/u;

/**
 * "In a Facebook post on Monday, Ruiz urged voters to …": the carrier's author, the subject of the clause after
 * it, is the speaker, and what follows the verb is the content; "In a poll released Monday, 52 percent …" stays.
 */
export function carrierAuthor(
  text: string,
  masked: string,
  a: Attribution | null,
  mixedCase: boolean,
): Attribution | null {
  if (a === null || a.verb !== "in") return a;
  const piece = a.content[0];
  if (piece === undefined || !AUTHORED_RE.test(masked.slice(a.speaker.start, a.speaker.end))) return a;
  const words = /^((?:\S+\s+){1,5}?)(\p{Ll}+)\s+/u.exec(masked.slice(piece.start, piece.end));
  if (!words?.[1] || !words[2] || !(VERB_WORD_RE.test(words[2]) || IRREGULAR_PAST.has(words[2]) || cueOf(words[2])))
    return a;
  const who = trimRange(text, piece.start, piece.start + words[1].length);
  if (shapeOf(text.slice(who.start, who.end), mixedCase).type !== "person") return a;
  const content = trimRange(text, piece.start + words[0].length, piece.end);
  if (content.end <= content.start) return a;
  const verbStart = piece.start + words[1].length;
  const cue = { start: verbStart, end: verbStart + words[2].length };
  return { ...a, speaker: who, content: [content], verb: words[2], cue };
}

/** "Ruiz in a blog post said": the name before the preposition that opens the medium phrase, or null. */
export function subjectBeforeMedium(
  text: string,
  masked: string,
  at: number,
  looksLikeSpeaker: (phrase: string) => boolean,
): Phrase | null {
  const prep = /\s*\p{L}+\s+$/u.exec(masked.slice(Math.max(0, at - 12), at));
  if (!prep) return null;
  // "X, the party chairman, has in the past said": past the auxiliary and the appositive.
  const aux = /(?:\s+(?:has|have|had|also|long))+$/iu.exec(
    masked.slice(Math.max(0, at - prep[0].length - 20), at - prep[0].length),
  );
  const np = subjectBefore(masked, at - prep[0].length - (aux?.[0].length ?? 0));
  if (!np || np.end <= np.start || !looksLikeSpeaker(text.slice(np.start, np.end))) return null;
  return np;
}

// Carriers that speak for themselves: "a CNN poll released Monday", "the study".
const POLL_RE =
  /(?:^|\s)(?:poll|polls|survey|surveys|study|analysis|data|count|tally|estimate|estimates|projection|forecast)(?:\s|$)/iu;
const IN_CARRIER_RE = /^\s*In\s+((?:a|an|the|its|this|that|their)\s+[^,;:"“”]{2,90}?),\s+((?:\S+\s+){0,4})$/iu;
const CARRIER_FOUND_RE =
  /(?:^|[,;]\s+|\.\s+)((?:a|an|the|this|that|its|their)\s+[^,;:"“”]{2,80}?)\s+(?:(?:also|has|have|had)\s+)?(?:found|finds|find|showed|shows|show|shown|suggests|suggested|indicates|indicated)\s+(?:that\s+)?((?:(?:\S+\s+){0,4}?of\s+)?)$/iu;

/**
 * "In a poll released Monday, 52 percent of voters chose Ruiz", "A campus survey found that most students said
 * …": the respondents counted answer the poll, and the poll is the source a reader names.
 */
export function pollSpeaks(
  text: string,
  masked: string,
  a: Attribution | null,
  mixedCase: boolean,
): Attribution | null {
  if (a === null || a.speaker.start < 8) return a;
  const lead = masked.slice(0, a.speaker.start);
  // Cheap first: a poll-like word before the speaker at all.
  if (!POLL_RE.test(lead)) return a;
  const shape = shapeOf(text.slice(a.speaker.start, a.speaker.end), mixedCase).type;
  if (shape === "person" || shape === "outlet" || shape === "body" || shape === "statement") return a;
  const opening = IN_CARRIER_RE.exec(lead);
  let start = -1;
  let phrase = "";
  // The respondents' clause is what the poll tells: "52 percent of voters chose Ruiz".
  let clause = a.speaker.start;
  if (opening?.[1] && !/,/u.test(opening[2] ?? "")) {
    start = opening[0].indexOf(opening[1]);
    phrase = opening[1];
    clause -= opening[2]?.length ?? 0;
  } else {
    const from = Math.max(0, lead.length - 140);
    const found = CARRIER_FOUND_RE.exec(lead.slice(from));
    if (!found?.[1]) return a;
    start = from + found.index + found[0].indexOf(found[1]);
    phrase = found[1];
    clause -= found[2]?.length ?? 0;
  }
  if (start < 0 || !POLL_RE.test(phrase)) return a;
  const last = a.content[a.content.length - 1];
  const content = last && last.start >= a.speaker.end ? [trimRange(text, clause, last.end)] : a.content;
  return { ...a, speaker: { start, end: start + phrase.length }, content, anonymous: false, statement: false };
}
