// "seven guards were killed today in an attack", "two wounded during the assault": a toll told right before the
// attack word, with at most a time or place between.
const TOLD_BEFORE =
  /\b(?:killed|murdered|wounded|injured|hurt|died|dead|slain)\s+(?:[a-z0-9,’'-]+\s+){0,4}?(?:in|during|by)\s+(?:an?|the|that|this)\s+(?:[a-z-]+\s+){0,2}$/;

/** Whether the attack word at `start` of a lower-cased sentence is told by its victims ("were killed in an attack"). */
export function toldByVictims(lower: string, start: number): boolean {
  return TOLD_BEFORE.test(lower.slice(Math.max(0, start - 80), start));
}
