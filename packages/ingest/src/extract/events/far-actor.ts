// Right before the attack noun, or one or two words before it: "IS attack", "the third coalition strike".
const RIGHT_BEFORE = /^[\s’'-]*s?\s*(?:[a-z][a-z’'-]*\s+){0,2}$/;
// "claimed responsibility for the attack", "blamed for the bombing", "their latest attack": words that tie the actor to
// the attack noun across the gap.
const TIED =
  /\b(?:responsib\w*|credit|blam\w*|involv\w*|accus\w*|suspect\w*)\s+(?:for|in|of)\s+(?:[a-z’'-]+\s+){0,3}$|\b(?:its|their)\s+(?:[a-z-]+\s+){0,2}$/;

const IN_ADJUNCT = /\bin\s+(?:an?|the|their|its|two|three|four|several|separate)\s+(?:[a-z-]+\s+){0,2}$/;
const PASSIVE = /\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ot|ung)\b|\b(?:died|dead)\b/;

/**
 * "The embassy condemned this cowardly attack", "he entered the country and fled the clashes": an attack told as a
 * noun whose own phrase names no attacker is not the act of an actor named earlier in the sentence, unless the
 * actor stands right before the noun or the words between tie it to the attack. `lower` is the sentence; the actor
 * ends at `actorEnd`, the attack noun starts at `start`.
 */
export function farFromNominal(lower: string, actorEnd: number, start: number): boolean {
  if (actorEnd > start) return false;
  const between = lower.slice(actorEnd, start);
  if (RIGHT_BEFORE.test(between) || TIED.test(between)) return false;
  // "the militants overran a base, killing ten, in an attack at dawn": the clause's actor made the attack its
  // adjunct tells, unless the clause is passive ("were wounded in the clashes").
  return !(IN_ADJUNCT.test(between) && !PASSIVE.test(between));
}
