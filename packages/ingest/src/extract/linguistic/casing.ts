import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

// Learned by scripts/learn-truecase.mjs; gzipped, as the word list makes it a few MB of JSON.
const data = JSON.parse(
  gunzipSync(readFileSync(new URL("./truecase.learned.json.gz", import.meta.url))).toString(),
) as {
  cased: Record<string, string>;
  lower: string[];
};

/** How a stretch of text is cased: ordinary mixed case, (almost) all lower, or (almost) all upper. */
export type Casing = "mixed" | "lower" | "upper";

const CASED = new Map(Object.entries(data.cased));
const LOWER = new Set(data.lower);

/** Mixed, lower or upper, from the share of capitals among the letters (ASCII letters are counted). */
export function casingOf(text: string, from = 0, to = text.length): Casing {
  let upper = 0;
  let lower = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const letters = upper + lower;
  if (letters < 8) return "mixed";
  if (upper / letters > 0.75) return "upper";
  if (upper / letters < 0.004) return "lower";
  return "mixed";
}

/**
 * The usual casing of one word, from casing statistics of mixed-case news ("IRAQ" -> "Iraq", "nato" -> "NATO",
 * "ATTACKED" -> "attacked"). A word the statistics do not know keeps `unknown`'s choice: capitalised for all-caps
 * copy (most unknown words there are names), as it is otherwise. Same length as the input, always.
 */
export function truecaseWord(word: string, unknown: "title" | "keep"): string {
  const low = word.toLowerCase();
  if (low.length !== word.length) return word;
  const known = CASED.get(low) ?? CASED.get(low.replace(/\.$/, ""));
  if (known !== undefined) return known.length === word.length ? known : known + word.slice(known.length);
  if (LOWER.has(low) || LOWER.has(low.replace(/(?:'s|s'|\.)$/, ""))) return low;
  if (unknown === "keep") return word;
  // Verb and adverb endings rarely end a name: "BLEW" no, but "DYNAMITED", "KIDNAPPING", "REPORTEDLY" are words.
  if (/[a-z]{3}(?:ed|ing|ly)$/.test(low)) return low;
  return low.charAt(0).toUpperCase() + low.slice(1);
}

const WORD = /[A-Za-z][A-Za-z.'’-]*[A-Za-z]|[A-Za-z]/g;

/**
 * `text[from, to)` truecased, as a string of the same length, so offsets into it are offsets into the text.
 * Mixed-case text comes back unchanged; lower-cased and all-caps text get each word's usual casing and a capital
 * at each sentence start.
 */
export function truecase(text: string, from = 0, to = text.length, casing = casingOf(text, from, to)): string {
  const slice = text.slice(from, to);
  if (casing === "mixed") return slice;
  const unknown = casing === "upper" ? "title" : "keep";
  let start = true;
  let last = 0;
  let out = "";
  for (const m of slice.matchAll(WORD)) {
    const gap = slice.slice(last, m.index);
    if (/[.!?]\s*$|^\s*$/.test(gap) && (last === 0 || /[.!?]/.test(gap))) start = true;
    let w = truecaseWord(m[0], unknown);
    if (start) w = w.charAt(0).toUpperCase() + w.slice(1);
    out += gap + w;
    last = m.index + m[0].length;
    start = false;
  }
  return out + slice.slice(last);
}
