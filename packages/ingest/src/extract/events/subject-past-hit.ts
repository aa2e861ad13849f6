import type { ActorHit } from "../lexicon/match-actors.ts";
import type { Phrase } from "./frames.ts";
import type { SentenceInfo } from "./sentence.ts";

/**
 * The frame's subject is a phrase the lexicon does not know, told after the lexicon actor the nearest-actor rule
 * picked, with a clause boundary between them: "In the military sphere, where the Red Dawn attacked us" names the
 * Red Dawn, not the military. The grammar's subject is the attacker.
 */
export function subjectPastHit(s: SentenceInfo, phrase: Phrase, hit: ActorHit): boolean {
  if (phrase.anaphoric || hit.end > phrase.start) return false;
  if (s.actors.some((a) => a.start < phrase.end && phrase.start < a.end)) return false;
  if (s.places.some((x) => x.start <= phrase.start && phrase.end <= x.end + 1)) return false;
  return /[,;:(]|\b(?:where|when|while|after|as|because|since|that|which|who)\b/.test(
    s.lower.slice(hit.end, phrase.start),
  );
}
