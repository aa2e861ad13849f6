import type { CorroborationGrade } from "../vocabulary.ts";

/**
 * Airwars-style grade from independent outlets: two or more is "confirmed"-like corroboration
 * only when three agree; contesting claims override the count.
 */
export function corroborationGrade(independentOutlets: number, contested: boolean): CorroborationGrade {
  if (contested) return "contested";
  if (independentOutlets >= 3) return "confirmed";
  if (independentOutlets === 2) return "fair";
  return "single-source";
}
