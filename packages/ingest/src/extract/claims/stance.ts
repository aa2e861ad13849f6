import type { Stance } from "@deconflict/domain";
import { CONTEST_VERBS } from "./lexicon/speech-verbs.ts";

// Framing that disputes or condemns what happened, whoever says it.
const CONTEST_CUES =
  /\b(?:pretext|lies|lie|lying|liar|fabricat\w*|baseless|unfounded|groundless|false(?:ly)?|fake|propaganda|absurd|nonsense|slander\w*|alarming|undermin\w*|violat\w*|illegal|illegitimate|unlawful|unacceptable|provocat\w*|never heard|no evidence|not true|untrue|war crimes?|occupiers?|sovereignty|disinformation|misinformation|smear|hypocri\w*|outrageous|irresponsible|reckless|condemn\w*|blatant|flagrant|disgrace\w*|shameful|appalling|despicable|unconscionable|deny|categorically|distort\w*|mislead\w*|cover[- ]up|whitewash\w*|massacre|barbaric|criminal|no basis|without basis|staged|so-called evidence|(?:do|does|did|would|will) not target civilians|never target(?:s|ed)? civilians|not targeting civilians|(?:only|exclusively|solely) (?:at |against )?(?:military|legitimate) (?:targets?|infrastructure|objects?|facilities|sites))\b/i;
// "called it a lie", "branded the report a fabrication".
const CALLED_RE =
  /\b(?:called|branded|labell?ed|termed|dismissed)\b[^.;]{0,40}\b(?:lie|lies|fabrication|fake|false|propaganda|nonsense|provocation|slander)\b/i;

// Verbs of attack on a policy or claim that come with ", saying …": "X attacked the plan, saying …".
const CRITICAL_ACTS = new Set(["attacked", "assailed", "lashed", "hit", "faulted", "panned", "opposed", "objected"]);

/** Contests when the verb disputes ("denied", "complained") or the content frames a dispute; else asserts. */
export function stanceOf(verb: string, content: string, sentence: string): Stance {
  if (CONTEST_VERBS.has(verb.toLowerCase()) || CRITICAL_ACTS.has(verb.toLowerCase())) return "contests";
  if (CALLED_RE.test(sentence)) return "contests";
  return CONTEST_CUES.test(content) ? "contests" : "asserts";
}
