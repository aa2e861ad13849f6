import { beforeSecondCue, trimRange } from "./content.ts";
import { clausal } from "./cue-clause.ts";
import { ATTITUDES } from "./lexicon/cues.ts";
import { subjectBefore } from "./noun-phrase.ts";
import type { Attribution, SpeakerTest } from "./types.ts";

// An attitude held, written as an adjective after a form of be: "The mayor is confident that the bridge will
// hold", "Voters are eager to move on", "She was critical of the plan". The adjective is the cue (lexicon/cues.json,
// "adjectives"), the clause or phrase after it the content, the subject of be the one who holds it.

const WORD_RE = /\p{L}+/gu;
// A form of be (or a linking verb) right before the adjective, with adverbs between: "is not entirely convinced".
const BE_BEFORE_RE =
  /(?:^|\s)(?:is|are|was|were|am|be|been|being|remains?|remained|seems?|seemed|appears?|appeared|feels?|felt|grew|became|becomes?|['’](?:s|re|m))\s+(?:(?:not|never|very|so|too|also|still|now|more|less|increasingly|deeply|fairly|quite|rather|entirely|all|less|far|ever|clearly|openly|publicly|privately|\p{Ll}+ly)\s+){0,3}$/u;
const PREPOSITION_RE = /^(?:of|about|with|for|in|on|at|to|by|from|as|than|enough|and|or|but)\b/iu;
const PRONOUN_RE = /^(?:i|we|you|they|he|she|it)$/iu;

/** The first attitude-adjective clause of a unit, or null. */
export function attitudeClause(text: string, masked: string, looksLikeSpeaker: SpeakerTest): Attribution | null {
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(masked); m !== null; m = WORD_RE.exec(masked)) {
    const attitude = ATTITUDES.get(m[0].toLowerCase());
    if (!attitude) continue;
    const end = m.index + m[0].length;
    let opener = /^\s+(\p{L}+)\s+/u.exec(masked.slice(end, end + 16));
    if (!opener?.[1]) continue;
    // "not convinced the truce will last": a bare clause where "that" may stand.
    if (!attitude.openers.includes(opener[1].toLowerCase())) {
      const rest = masked.slice(end).trim();
      if (!attitude.openers.includes("that") || PREPOSITION_RE.test(rest) || !clausal(rest)) continue;
      opener = /^\s+/u.exec(masked.slice(end)) as RegExpExecArray;
    }
    const lead = BE_BEFORE_RE.exec(masked.slice(Math.max(0, m.index - 60), m.index));
    if (!lead) continue;
    const beStart = m.index - lead[0].length + (/^\s/u.test(lead[0]) ? 1 : 0);
    const sp = subjectBefore(masked, beStart);
    if (!sp || sp.end <= sp.start) continue;
    const speaker = text.slice(sp.start, sp.end);
    if (!PRONOUN_RE.test(speaker.trim()) && !looksLikeSpeaker(speaker, true)) continue;
    // "that …" and "about …" open what is held; "to …" keeps its infinitive ("eager to move on").
    const word = (opener[1] ?? "").toLowerCase();
    const from = end + (word === "to" ? opener[0].length - opener[0].trimStart().length : opener[0].length);
    const stop = masked.slice(from).search(/;\s|\s[—–]\s|\s--\s/u);
    const content = trimRange(text, from, beforeSecondCue(masked, from, stop < 0 ? text.length : from + stop));
    if (content.end - content.start < 3) continue;
    return {
      speaker: sp,
      content: [content],
      verb: m[0].toLowerCase(),
      cue: { start: m.index, end },
      anonymous: sp.anonymous,
      statement: false,
    };
  }
  return null;
}
