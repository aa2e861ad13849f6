import type { CorroborationGrade } from "../vocabulary.ts";

/**
 * Airwars-style grade from the number of independent outlets telling an event (sources of one outlet
 * count once; a source without an outlet counts as its own). A contesting claim about the event
 * (a denial, a competing account) grades it "contested" whatever the count: the dispute is the news.
 * Three or more outlets: "confirmed"; two: "fair"; one: "single-source".
 */
export function corroborationGrade(independentOutlets: number, contested: boolean): CorroborationGrade {
  if (contested) return "contested";
  if (independentOutlets >= 3) return "confirmed";
  if (independentOutlets === 2) return "fair";
  return "single-source";
}
