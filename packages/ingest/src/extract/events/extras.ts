import type { EscalationStep } from "@deconflict/domain";
import { milesToKm, numberValue } from "../lexicon/numbers.ts";

const PLATFORM =
  /\b(f\/a-18[a-z]?(?: super hornet| hornet)?|f-(?:15|16|22|35)[a-z]?|a-10(?: thunderbolt(?: ii)?)?|b-52|b-1b?|b-2|ac-130|mq-9(?: reaper)?|mq-1(?: predator)?|reaper drones?|predator drones?|su-(?:24|25|30|34|35)|mig-(?:23|29|31)|tu-(?:22m3|95|160)|bayraktar(?: tb2)?|shahed(?:-136)?|geran-2|apache|black hawk|lancet)\b/;
const MUNITION =
  /\b((?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|dozens of)\s+)?(?:[a-z-]+\s+)?(?:bombs|missiles|rockets|shells|jdams?|cruise missiles?|tomahawks?|hellfire missiles?|glide bombs|cluster munitions|barrel bombs|guided bombs|drones))\b/;
const DISTANCE =
  /\b(?:(within|about|some|nearly|around|approximately|roughly|just|less than|more than)\s+)?(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)[\s-](kilometers|kilometres|km|miles|mile)\b/;
const ESCALATION: readonly { re: RegExp; step: EscalationStep }[] = [
  { re: /\bwarning shots?\b/g, step: "warning-shots" },
  { re: /\bshows? of force\b/g, step: "show-of-force" },
  { re: /\bwarn(?:ed|ing|ings)\b(?! shots?)/g, step: "warning" },
];

/** The aircraft or launcher named in a lower-cased sentence, as written in `original`. */
export function findPlatform(lower: string, original: string): string | null {
  const m = PLATFORM.exec(lower);
  return m ? original.slice(m.index, m.index + m[0].length) : null;
}

const MAY_HAVE_MUNITION = /bomb|missile|rocket|shell|jdam|tomahawk|munition|drones/;

export function findMunition(lower: string, original: string): string | null {
  if (!MAY_HAVE_MUNITION.test(lower)) return null;
  const m = MUNITION.exec(lower);
  if (!m || /^(?:the|a|an)\s+[a-z]+\s+drones$/.test(m[0])) return null;
  return original.slice(m.index, m.index + m[0].length);
}

/** "within 29 kilometers", "about 24 miles", "a 34-mile zone": the distance in km. */
export function findDistanceKm(lower: string): number | null {
  if (!/kilomet|km\b|mile/.test(lower)) return null;
  const m = DISTANCE.exec(lower);
  if (!m) return null;
  const raw = m[2] ?? "";
  const n = /^\d/.test(raw) ? Number(raw) : numberValue(raw);
  if (n === null || !Number.isFinite(n) || n <= 0 || n > 5000) return null;
  return /^mile/.test(m[3] ?? "") ? milesToKm(n) : n;
}

export function findEscalation(lower: string): { step: EscalationStep; start: number; end: number }[] {
  const out: { step: EscalationStep; start: number; end: number }[] = [];
  for (const { re, step } of ESCALATION) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) out.push({ step, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
