// "Ruiz, who said he votes left, said the race is close": a speaker's relative clause says one thing and the main
// clause another; a careful reader marks two attributions, not one that runs across the comma.
import { cueOf } from "./lexicon/cues.ts";
import { SAY_VERBS } from "./lexicon/speech-verbs.ts";
import { IRREGULAR_PAST } from "./markers.ts";
import type { Attribution } from "./types.ts";

// ", who said …", ", who has long argued …", ", who thinks …": a cue verb right after "who".
const WHO_SAID_RE =
  /,\s+who\s+(?:(?:has|had|have|also|long|once|often|repeatedly|previously|now|still)\s+){0,2}(\p{Ll}+)\s/u;
// Where the relative clause closes: a comma, then (an adverb or two and) the main clause's verb.
const CLOSE_RE = /,\s+(?:(?:also|then|later|now|again|still|\p{Ll}+ly)\s+){0,2}(\p{Ll}+)\b/gu;

const ABOUT_SPEAKER_RE = /\b(?:named|identified|anonymity|anonymously|authori[sz]ed)\b/iu;

/** The relative clause's attribution and the main clause's, or null when the sentence is not built so. */
export function relativeAndMain(
  text: string,
  masked: string,
  read: (s: string) => Attribution | null,
): Attribution[] | null {
  if (!masked.includes(" who ")) return null;
  const who = WHO_SAID_RE.exec(masked);
  const cue = who?.[1];
  if (!who || !cue || !(SAY_VERBS.has(cue) || cueOf(cue))) return null;
  CLOSE_RE.lastIndex = who.index + who[0].length;
  let close = -1;
  for (let m = CLOSE_RE.exec(masked), n = 0; m !== null && n < 6; m = CLOSE_RE.exec(masked), n++) {
    const verb = m[1] as string;
    if (SAY_VERBS.has(verb) || IRREGULAR_PAST.has(verb) || /ed$/u.test(verb) || cueOf(verb)) {
      close = m.index;
      break;
    }
  }
  // "…, who asked not to be named, told …": a request about the speaker, not something said.
  if (close < 0 || ABOUT_SPEAKER_RE.test(masked.slice(who.index, close))) return null;
  const relative = read(text.slice(0, close));
  // The main clause read with the relative clause blanked out, every offset kept.
  const main = read(`${text.slice(0, who.index)}${" ".repeat(close + 1 - who.index)}${text.slice(close + 1)}`);
  if (!relative?.content.length) return null;
  // A main clause that says nothing ("…, issued new rules") leaves the relative clause's claim alone.
  if (!main?.content.length || main.speaker.start !== relative.speaker.start) return [relative];
  return [relative, main];
}

/**
 * '"…," said Nicky Dale, 24, from Salem, who said Ruiz is best suited …': the relative clause on a speaker named
 * after the quote is an attribution of its own, read with everything but the speaker and the clause blanked out.
 */
export function relativeAfterSpeaker(
  text: string,
  masked: string,
  first: Attribution,
  read: (s: string) => Attribution | null,
): Attribution | null {
  const sp = first.speaker;
  const lastContent = first.content[first.content.length - 1];
  if (!lastContent || lastContent.end > sp.start) return null;
  const tail = masked.slice(sp.end, sp.end + 120);
  const who = WHO_SAID_RE.exec(tail);
  const cue = who?.[1];
  if (!who || !cue || !(SAY_VERBS.has(cue) || cueOf(cue)) || /[.!?;"“”]/u.test(tail.slice(0, who.index))) return null;
  const at = sp.end + who.index;
  const holed = `${" ".repeat(sp.start)}${text.slice(sp.start, sp.end)}${" ".repeat(at - sp.end)}${text.slice(at)}`;
  const found = read(holed);
  if (!found?.content.length || found.speaker.start !== sp.start || found.content.some((r) => r.start < at))
    return null;
  return found;
}
