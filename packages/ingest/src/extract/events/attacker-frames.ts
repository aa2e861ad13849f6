import { PERPETRATOR_NOUNS } from "../lexicon/agents.ts";
import type { AnalysedSentence, Chunk } from "../linguistic/index.ts";
import { withGloss, withIncluded, withListBefore } from "./attacker-phrase.ts";
import { isAgentLike, type Phrase, subjectOf, toPhrase, withCoordinated } from "./frames.ts";
import { relativeAntecedent } from "./relative-subject.ts";

// What an attack is called when it is talked about after the telling: "the crime", "the massacre".
const DEED =
  "(?:crimes?|massacres?|murders?|assassinations?|attacks?|killings?|bombings?|kidnappings?|abductions?|incidents?|explosions?|actions?|deaths?|shootings?|ambush(?:es)?|bomb attacks?|terrorist (?:acts?|attacks?))";
// "X were involved in the massacre", "X participated in the crime", "X were the authors of the attack": the
// subject took part in a deed told. "two officers involved in the massacre", "men suspected of taking part in the
// murder": a participle right after the phrase tells the same of it.
const SUBJECT_CUE = new RegExp(
  `\\b(?:(?:(?:was|were|is|are|been|being|be)\\s+(?:[a-z]+ly\\s+)?)?(?:involved|implicated)\\s+in|(?:(?:suspected|accused)\\s+of|charged\\s+with|on\\s+charges\\s+of)\\s+(?:(?:being|having\\s+been)\\s+(?:involved|implicated)\\s+in|(?:having\\s+)?(?:participat(?:ed|ing)|taken\\s+part|taking\\s+part)\\s+in)|participated\\s+in|took\\s+part\\s+in|(?:was|were|is|are|been)\\s+(?:the\\s+)?(?:perpetrators?|authors?|masterminds?|material authors?|intellectual authors?)\\s+of|(?:perpetrated|committed)|(?:were|was)\\s+the\\s+ones\\s+who\\s+(?:murdered|killed|attacked|kidnapped))\\s+(?:(?:the|this|that|these|those|a|an|its|their)\\s+)?(?:[a-z-]+\\s+){0,3}?${DEED}\\b`,
);
// "Cristiani implicated four officers in the assassination", "we blame ARENA for this assassination": the object
// is who took part.
// "we hold the government responsible for this attack" names them as "blame" does.
// "admitted the involvement of police in the ambush" names them as the one implicated.
const OBJECT_CUE =
  /\b(?:implicated|implicates|blamed|blames|blame|blaming|accused|accuses|accuse|accusing|(?:involvement|participation|complicity)\s+of|(?:hold|holds|held)(?=\s[^.;]{1,120}?\sresponsible\s+for\b))\s+/;
const OBJECT_DEED = new RegExp(
  `^[^.;:]{0,160}?\\b(?:in|for|of)\\s+(?:(?:the|this|that|these|those|a|an|its|their)\\s+)?(?:[a-z-]+\\s+){0,3}?${DEED}\\b`,
);

const tokenAt = (s: AnalysedSentence, offset: number) => s.tokens.findIndex((t) => t.end > offset);

/** Whether the sentence may say who took part in an attack (cheap test before tagging). */
export function mayNamePerpetrator(lower: string): boolean {
  return SUBJECT_CUE.test(lower) || (OBJECT_CUE.test(lower) && OBJECT_DEED.test(lower.slice(lower.search(OBJECT_CUE))));
}

/**
 * Who the sentence says took part in an attack it talks about: "two soldiers were involved in the massacre",
 * "the President implicated four officers in the assassination". The text's own phrase, with the phrases
 * coordinated with it ("a colonel, two lieutenants and two soldiers"), or null.
 */
export function perpetratorOf(s: AnalysedSentence, text: string): Phrase | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const subjectCue = SUBJECT_CUE.exec(lower);
  if (subjectCue) {
    const at = tokenAt(s, subjectCue.index);
    // "four men who are suspected of taking part in the murder": a relative's subject is the phrase it is told of.
    const subject =
      at < 0
        ? null
        : (relativeAntecedent(s, at) ??
          subjectOf(
            s,
            s.chunks.filter((c) => c.last < at),
            at,
          ));
    if (subject && isAgentLike(s, subject))
      return toPhrase(s, text, withListBefore(s, listed(s, withGloss(s, subject))) as Chunk);
  }
  const objectCue = OBJECT_CUE.exec(lower);
  if (objectCue && OBJECT_DEED.test(lower.slice(objectCue.index))) {
    const from = objectCue.index + objectCue[0].length;
    const object = s.chunks.find((c) => c.start >= from && c.start - from <= 2);
    // "we blame ARENA [Nationalist Republican Alliance]": a phrase glossed in brackets is a name, in any casing.
    if (object && !object.pronoun && (isAgentLike(s, object) || withGloss(s, object) !== object))
      return toPhrase(s, text, listed(s, withGloss(s, object)) as Chunk);
  }
  return null;
}

/** "a colonel, two lieutenants and two soldiers", "four officers, including a colonel, and five soldiers". */
function listed(s: AnalysedSentence, c: Chunk | null): Chunk | null {
  const coordinated = (x: Chunk) => withCoordinated(s, x, 6) as Chunk;
  return withIncluded(s, c && coordinated(c), coordinated);
}

const AIMED_AT = /^(?:against|on|at|upon|toward|towards|targeting|between|and|with|or)$/;
const PERPETRATOR_WORD = new RegExp(`\\b(?:${[...PERPETRATOR_NOUNS].join("|")})\\b`);

/** Whether the sentence may name attackers by their deed (cheap test before tagging). */
export function mayNameByDeed(lower: string): boolean {
  return PERPETRATOR_WORD.test(lower);
}

/**
 * "Police are searching for the attackers", "two of the kidnappers were killed": a phrase headed by an agent
 * noun named after the deed stands for whoever carried out the attack the discourse is on.
 */
export function deedAgentOf(s: AnalysedSentence, text: string, tellsAttack: boolean): Phrase | null {
  for (const c of s.chunks) {
    if (c.pronoun || !PERPETRATOR_NOUNS.has(s.tokens[c.head]?.lower ?? "")) continue;
    // "a sweep against the insurgents", "fighting between police and bandits": the attacked, not who attacked.
    if (AIMED_AT.test(s.tokens[c.first - 1]?.lower ?? "")) continue;
    // "the army hit three gunmen": beside an attack word, a verb's object is what it hit.
    if (tellsAttack && s.tokens[c.first - 1]?.pos === "VERB") continue;
    return { ...toPhrase(s, text, c), anaphoric: false };
  }
  return null;
}

const PASSIVE_BEFORE = new Set(["was", "were", "been", "is", "are", "be", "being"]);

/** Whether the sentence may say who released hostages (cheap test before tagging). */
export function mayNameReleaser(lower: string): boolean {
  return lower.includes("released");
}

/**
 * "The hostage was released on Friday by the ELN", "rebels released three engineers": who releases the hostages of a
 * kidnapping is who held them. The text's phrase, or null.
 */
export function releaserOf(s: AnalysedSentence, text: string): Phrase | null {
  const at = s.tokens.findIndex((t) => t.lower === "released");
  if (at < 0) return null;
  let k = at - 1;
  while (k >= 0 && s.tokens[k]?.pos === "ADV") k--;
  const passive = PASSIVE_BEFORE.has(s.tokens[k]?.lower ?? "");
  let c: Chunk | null = null;
  if (passive) {
    for (let j = at + 1; j < s.tokens.length && j <= at + 8; j++) {
      const t = s.tokens[j];
      if (!t || t.text === ";" || t.pos === "VERB") break;
      if (t.lower === "by") {
        c = s.chunks.find((x) => x.first === j + 1) ?? null;
        break;
      }
    }
  } else if (s.tokens[at]?.pos === "VERB")
    c = subjectOf(
      s,
      s.chunks.filter((x) => x.last < at),
      at,
    );
  // "the Blue Star [People's Army] guerrillas": the gloss and the noun after it tell what the name is.
  const glossed = withGloss(s, c);
  if (!glossed || glossed.pronoun || !isAgentLike(s, glossed)) return null;
  return toPhrase(s, text, glossed);
}
