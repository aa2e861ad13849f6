// Whether two spellings sound alike: vowels as one class and runs collapsed ("Deir" = "Dayr", "Younis" = "Yunis"),
// then at most one edit apart; "Kotwali" keeps its extra syllable against "Kotli".
import { ARTICLES, exactKey } from "./keys.ts";

export function vowelShape(name: string): string {
  return exactKey(name)
    .split(" ")
    .filter((w) => !ARTICLES.has(w))
    .join(" ")
    .replace(/([aeiou])h\b/g, "$1")
    .replace(/[aeiouy]+/g, "a")
    .replace(/(.)\1+/g, "$1");
}

export function soundAlike(a: string, b: string): boolean {
  return editDistance(vowelShape(a), vowelShape(b)) <= 1;
}

/** Levenshtein distance, cut short at 3 when the lengths alone differ by more than 2. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
