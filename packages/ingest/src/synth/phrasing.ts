import type { Rng } from "./prng.ts";
import { MONTHS, numberWord, SINGULAR, WEEKDAYS } from "./words.ts";

/** Capitalises the first letter of a sentence. */
export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An outlet's telling of a count: its own figure, qualifier and way of writing numbers. */
export function tellCount(rng: Rng, n: number): string {
  // Different outlets round and hedge differently; the truth stays inside what they say.
  const spell = rng.chance(0.5);
  const form = rng.weighted([
    ["exact", 5],
    ["at-least", 3],
    ["more-than", 1],
    ["about", 2],
    ["range", 1],
  ] as const);
  if (n <= 1) return rng.chance(0.5) ? "one" : "a single";
  switch (form) {
    case "at-least":
      return `at least ${numberWord(Math.max(1, n - rng.int(0, Math.ceil(n / 5))), spell)}`;
    case "more-than":
      return `more than ${numberWord(Math.max(1, n - rng.int(1, Math.ceil(n / 4) + 1)), spell)}`;
    case "about":
      return `${rng.pick(["about", "around", "some", "an estimated"])} ${numberWord(n, spell)}`;
    case "range": {
      const low = Math.max(1, n - rng.int(1, 3));
      return `between ${numberWord(low, spell)} and ${numberWord(n + rng.int(1, 3), spell)}`;
    }
    default:
      return numberWord(n, spell);
  }
}

/** "two tanks", "a tank": a count and noun as one phrase. */
export function countedNoun(rng: Rng, n: number, noun: string): string {
  if (n === 1) return `${rng.chance(0.5) ? "one" : /^[aeiou]/i.test(noun) ? "an" : "a"} ${SINGULAR[noun] ?? noun}`;
  return `${tellCount(rng, n)} ${noun}`;
}

/** How an article dates its event relative to publication: "on Thursday", "on March 3", "overnight". */
export function tellDate(rng: Rng, eventDay: string, publishedDay: string): string {
  const d = new Date(`${eventDay}T00:00:00Z`);
  const daysBefore = Math.round((Date.parse(publishedDay) - Date.parse(eventDay)) / 86_400_000);
  const choice = rng.int(0, 9);
  if (daysBefore === 0 && choice < 3)
    return rng.pick([`on ${WEEKDAYS[d.getUTCDay()]}`, "earlier today", `on ${WEEKDAYS[d.getUTCDay()]} morning`]);
  if (daysBefore === 1 && choice < 3) return rng.pick(["yesterday", `late on ${WEEKDAYS[d.getUTCDay()]}`, "overnight"]);
  if (choice < 7) return `on ${WEEKDAYS[d.getUTCDay()]}`;
  return `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}${choice === 9 ? `, ${d.getUTCFullYear()}` : ""}`;
}

/** "June 7, 2017" as a dateline or byline date. */
export function longDate(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** A list joined the way English joins it: "a, b and c". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
