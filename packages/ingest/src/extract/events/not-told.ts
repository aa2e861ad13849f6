// Trigger words that, in their sentence, tell no attack that happened: an accident, a purpose, a generalisation.

// "died in an accidental blast", "the shell went off accidentally": an accident is no attack. (A bomb
// that "went off early while it was being laid" is an attack that went wrong, and stays one; so is
// "soldiers killed four farmers by mistake".)
const ACCIDENT_BEFORE = /\baccidental(?:ly)?\s+(?:[a-z-]+\s+)?$/;
const ACCIDENT_AFTER = /^\s*(?:[a-z-]+\s+){0,2}accidentally\b/;
// "extortion and abductions are routine", "murders, kidnappings and arrests": attacks in general, in a list
// or under a generic predicate, with no article, number or possessive of their own.
const BARE_BEFORE = /(?:^|[^a-z0-9'’\s-]\s*|\b(?:and|or|of|in|with|by|for)\s+)$/;
const LIST_BEFORE = /\b[a-z]{3,}s,\s+$|\b[a-z]{3,}s,?\s+(?:and|or)\s+$/;
const LIST_AFTER = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[a-z-]+\s+)?[a-z]{3,}s\b/;
const GENERIC_AFTER =
  /^\s*(?:(?:and|or)\s+[a-z-]+\s+)?(?:are|remain|remained|have become|became|were)\s+(?:a\s+|an\s+)?(?:(?:very|more|less|all too|increasingly)\s+)?(?:commonplace|common|frequent|rare|regular|routine|widespread|everyday|daily|endemic|ubiquitous)\b/;

// "The two leaders clashed over military aid": an argument, not a fight.
const DISPUTE_AFTER = /^\s+(?:(?:again|repeatedly|publicly|sharply|openly)\s+)?(?:over|about)\b/;

/**
 * Whether the trigger at [start, end) of a lower-cased sentence tells no attack that happened. `dated`: the
 * sentence gives a date, which makes even a bare plural ("airstrikes and shelling on Tuesday") particular.
 */
export function toldAsNoAttack(lower: string, start: number, end: number, dated: boolean): boolean {
  const before = lower.slice(Math.max(0, start - 40), start);
  const after = lower.slice(end, end + 60);
  if (ACCIDENT_BEFORE.test(before) || ACCIDENT_AFTER.test(after)) return true;
  if (/^(?:clash|skirmish)/.test(lower.slice(start, end)) && DISPUTE_AFTER.test(after)) return true;
  const plural = /[^su]s$/.test(lower.slice(start, end));
  if (dated || !plural || !BARE_BEFORE.test(before)) return false;
  return GENERIC_AFTER.test(after) || LIST_BEFORE.test(before) || LIST_AFTER.test(after);
}
