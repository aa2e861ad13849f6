import type { EventDate } from "@deconflict/domain";
import { dateBounds } from "@deconflict/domain/resolution";

// One day either way: time zones and "overnight" shift a day-precise date.
const DAY_MS = 86_400_000;

/** Two dates can mean the same event: days within a day, or one range holding the other. */
export function datesAgree(a: EventDate, b: EventDate): boolean {
  if (a.precision === "day" && b.precision === "day")
    return Math.abs(Date.parse(a.value) - Date.parse(b.value)) <= DAY_MS;
  const ba = dateBounds(a);
  const bb = dateBounds(b);
  return ba.from <= bb.to && bb.from <= ba.to;
}

/** The more precise of two agreeing dates. */
export function finer(a: EventDate, b: EventDate): EventDate {
  const rank = { day: 0, month: 1, year: 2 } as const;
  return rank[b.precision] < rank[a.precision] ? b : a;
}
