import type { Quantity } from "@deconflict/domain";

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  couple: 2,
  pair: 2,
  both: 2,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
// "dozens of fighters": at least two dozen, open above.
const VAGUE_PLURALS: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, tens: 20 };

/** The value of one number token ("13", "1,200", "thirteen", "twenty-five"), or null. */
export function numberValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(w)) {
    const n = Number(w.replace(/,/g, ""));
    return Number.isSafeInteger(n) ? n : null;
  }
  if (w in UNITS) return UNITS[w] ?? null;
  const parts = w.split("-");
  if (parts.length === 2 && parts[0] && parts[1] && parts[0] in UNITS && parts[1] in UNITS) {
    return (UNITS[parts[0]] ?? 0) + (UNITS[parts[1]] ?? 0);
  }
  return null;
}

export function scaleValue(word: string): number | null {
  return SCALES[word.toLowerCase()] ?? null;
}

export function vaguePlural(word: string): number | null {
  return VAGUE_PLURALS[word.toLowerCase()] ?? null;
}

const MORE = /(?:more than|over|upwards of|in excess of)$/;
const AT_LEAST = /(?:at least|no fewer than|no less than|a minimum of)$/;
const ABOUT =
  /(?:about|around|approximately|roughly|some|an estimated|estimated|nearly|almost|close to|an approximate|as many as|up to)$/;
const FEWER = /(?:fewer than|less than|under|below)$/;

/** A quantity for a count, qualified by the words before it ("more than", "an estimated"). */
export function qualify(n: number, before: string): Quantity {
  const b = before.trim().toLowerCase();
  if (MORE.test(b)) return { low: n, high: null, qualifier: "more-than" };
  if (AT_LEAST.test(b)) return { low: n, high: null, qualifier: "at-least" };
  if (/(?:up to|as many as)$/.test(b)) return { low: null, high: n, qualifier: "at-most" };
  if (ABOUT.test(b)) return { low: n, high: n, qualifier: "about" };
  if (FEWER.test(b)) return { low: null, high: n, qualifier: "fewer-than" };
  return { low: n, high: n, qualifier: "exact" };
}

/** Miles to kilometres, rounded to 0.1 km. */
export function milesToKm(miles: number): number {
  return Math.round(miles * 16.0934) / 10;
}
