import type { ActorHit } from "../lexicon/match-actors.ts";

// An actor that speaks ("US officials said", "a coalition statement") is not a party to the attack.
const SPEAKER_AFTER =
  /^[\s’']*s?\s*(?:(?:senior|top|two|a|an|the|defen[cs]e|military|intelligence|government|foreign|state|security|command|army|air force|central command|embassy)\s+)*(?:officials?|authorit(?:y|ies)|spokesm[ae]n|spokeswom[ae]n|spokespersons?|sources?|statements?|ministry|minister|media|news agency|envoy|ambassador|diplomats?|lawmakers?|senators?|president|commanders?|announcement|said|says|told|stated|reported|claimed|announced|confirmed|denied|insisted|added)\b/;
const SPEAKER_BEFORE =
  /\b(?:according to|quoted|statement (?:by|from)|spokesm[ae]n for|spokesperson for)\s+(?:the\s+|a\s+|an\s+)?$/;
// "..., said the coalition." is a speaker; "said coalition warplanes struck" is not.
const SAID_BEFORE = /\b(?:said|says|told|added)\s+(?:the\s+|a\s+|an\s+)?$/;
// An actor after one of these is an object, not the subject of the attack verb.
const OBJECT_BEFORE =
  /\b(?:to|against|on|at|toward|towards|near|with|of|for|targeting|into|from|by|loyal to|and|between|under)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?$/;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|get|got)\s+(?:[a-z]+ly\s+)?$/;
// "came under attack", "wounded in that attack", "killed by a strike": the subject suffered it.
const UNDER_BEFORE =
  /\b(?:(?:came|come|comes|coming|was|were|is|are|been|being)\s+under|(?:killed|wounded|injured|hurt|died|dead|destroyed|damaged)\s+(?:in|during|by))\s+(?:(?:the|that|this|a|an)\s+)?(?:[a-z-]+\s+)?$/;
// "was shot", "were shot dead": participles not in -ed too.
const PARTICIPLE = /(?:ed|hit|struck|shot|slain)(?: down| dead| to death)?$/;
const PRONOUN_SUBJECT =
  /\b(?:it|they|we|its\s+[a-z-]+(?:\s+[a-z-]+)?|their\s+[a-z-]+(?:\s+[a-z-]+)?|our\s+[a-z-]+)\s+(?:(?:had|has|have|was|were|then|also|later|been|would|did)\s+)*$/;
const SAID_AFTER =
  /^[^.;!?“”"]{0,60}?\b(?:said|says|stated|announced|claimed|confirmed|reported|added|adding)\b[^.;!?“”"]{0,80}?\b(?:it|they|we|its|their|our)\b/;
const BY_BETWEEN = /^[^.;:,]{0,50}?\b(?:by|from)\s+(?:(?:the|a|an|two|three|[a-z0-9/-]+)\s+){0,2}$/;
const CLAUSE_BREAK = /\b(?:but|and the|which|who|while|whereas|although)\b[\s\S]*\b(?:by|from)\s/;

export interface Roles {
  attacker: ActorHit | null;
  target: ActorHit | null;
  /** The target was read off a passive subject ("fighters ... came under attack"): a guess, not a contradiction. */
  weakTarget: boolean;
}

// "the navy claimed to have sunk two boats": who claims to have done it is its doer, not a speaker.
const CLAIMED_TO = /^\s+(?:claim(?:ed|s|ing)?|boasted)\s+to\s/;

export function isSpeaker(lower: string, hit: ActorHit): boolean {
  const before = lower.slice(Math.max(0, hit.start - 30), hit.start);
  const after = lower.slice(hit.end, hit.end + 60);
  return (
    (SPEAKER_AFTER.test(after) && !CLAIMED_TO.test(after)) ||
    SPEAKER_BEFORE.test(before) ||
    (SAID_BEFORE.test(before) && /^\s*(?:[,.;]|$)/.test(lower.slice(hit.end, hit.end + 3)))
  );
}

/**
 * Attacker and target of the trigger at [tStart, tEnd) in a lower-cased sentence. `floor` is where the
 * previous trigger of the sentence ended: an actor before it belongs to that one.
 */
export function assignRoles(
  lower: string,
  actors: readonly ActorHit[],
  tStart: number,
  tEnd: number,
  floor: number,
  ceiling: number,
): Roles {
  const parties = actors.filter((a) => !isSpeaker(lower, a));
  // An actor may run into a nominal trigger: "Israeli drone" + "drone strike".
  const before = parties.filter((a) => a.start < tStart && a.end <= tEnd && a.start >= floor);
  const after = parties.filter((a) => a.start >= tEnd && a.start < ceiling);
  const pre = lower.slice(Math.max(0, tStart - 30), tStart);
  const passive = (PARTICIPLE.test(lower.slice(tStart, tEnd)) && PASSIVE_BEFORE.test(pre)) || UNDER_BEFORE.test(pre);
  // "attack by X", "came under attack from X", "carried out by a US aircraft"
  const by = after.find(
    (a) =>
      a.start - tEnd <= 80 &&
      BY_BETWEEN.test(lower.slice(tEnd, a.start)) &&
      !CLAUSE_BREAK.test(lower.slice(tEnd, a.start)),
  );
  // "IS attack", "the third coalition strike", "Russian airstrikes": the actor right before a nominal trigger.
  const premod = before.findLast(
    (a) =>
      /^[\s-]*(?:[a-z][a-z’'-]*\s+){0,2}$/.test(lower.slice(a.end, tStart)) &&
      !/\b(?:and|or|to|on|at|in|against|with|of|than)\s/.test(lower.slice(a.end, tStart)),
  );
  const subject = before.findLast(
    (a) =>
      tStart - a.end <= 140 &&
      !OBJECT_BEFORE.test(lower.slice(Math.max(0, a.start - 24), a.start)) &&
      !/[.;]/.test(lower.slice(a.end, tStart)),
  );
  // "Hezbollah said it had attacked", "the army said its warplanes struck": the speaker is the subject.
  const pronoun = PRONOUN_SUBJECT.test(pre);
  const speakerSubject = pronoun
    ? actors.findLast((a) => a.end <= tStart && a.start >= floor && SAID_AFTER.test(lower.slice(a.end, a.end + 40)))
    : undefined;
  let attacker: ActorHit | null;
  let target: ActorHit | null;
  if (speakerSubject && !by && !passive && !premod) {
    attacker = speakerSubject;
    target = after.find((a) => a.start - tEnd <= 120 && a.entry.key !== speakerSubject.entry.key) ?? null;
  } else if (by) {
    attacker = by;
    target = passive
      ? (before.findLast(
          (a) => !/^\s+(?:president|prime minister|minister|leader)\b/.test(lower.slice(a.end, a.end + 16)),
        ) ?? null)
      : (after.find((a) => a !== by && a.start < by.start) ?? null);
  } else if (passive) {
    // "militia fighters ... came under attack": the attacked are the subject, whatever governs them.
    attacker = null;
    target =
      before.findLast(
        (a) => !/^\s+(?:president|prime minister|minister|leader)\b/.test(lower.slice(a.end, a.end + 16)),
      ) ?? null;
  } else {
    attacker = premod ?? subject ?? null;
    target = after.find((a) => a.start - tEnd <= 120 && a.entry.key !== attacker?.entry.key) ?? null;
  }
  if (target && attacker && target.entry.key === attacker.entry.key) target = null;
  return { attacker, target, weakTarget: passive };
}

const OBJECT_NOUN =
  /^\s*(?:(?:on|against|at|targeting|toward|towards)\s+)?(?:the|a|an|its|their)\s+((?:[a-z-]+\s+){0,2}(?:base|outpost|garrison|convoy|air ?base|airfield|airport|village|town|city|hospital|camp|school|market|building|checkpoint|positions?|headquarters|depot|plant|bridge|port|ship|vessel|compound|gathering|infrastructure|facility|facilities|residential (?:building|area|block)s?|apartment (?:building|block)s?|neighbou?rhoods?|refinery|oil depot|fuel depot|power (?:plant|station)|substation|outskirts|villages?|towns?|districts?|areas?))\b/;

/** "struck the outpost", "an attack on the base": a target that is a place or thing, not an actor. */
export function targetObject(lower: string, tEnd: number): { name: string; end: number } | null {
  const m = OBJECT_NOUN.exec(lower.slice(tEnd, tEnd + 80));
  return m?.[1] ? { name: m[1], end: tEnd + m[0].length } : null;
}
