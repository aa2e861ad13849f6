import type { Quantity } from "@deconflict/domain";
import { numberValue, qualify, scaleValue, vaguePlural } from "../lexicon/numbers.ts";

export interface CountPhrase {
  count: Quantity | null;
  /** Where the phrase (count and modifiers) starts, relative to the text given. */
  start: number;
  /** Lower-case modifier words between the count and the noun: "pro-regime", "enemy", "us". */
  modifiers: string[];
  /** "the vehicles", "two of the vehicles": refers back to forces already named. */
  definite: boolean;
}

const TOKEN = /[a-z0-9](?:[a-z0-9’'/.-]*[a-z0-9])?|[,;:()“”"]/g;
const STOP = new Set(
  "and or but with in on at by to from for into onto toward towards near after before while when as was were is are be been had has have that which who whose said says told than then its their his her our your this these those".split(
    " ",
  ),
);
const DETERMINERS = new Set(["the", "these", "those"]);
const VAGUE = new Set([
  "several",
  "some",
  "many",
  "few",
  "numerous",
  "various",
  "multiple",
  "additional",
  "other",
  "more",
  "number",
  "handful",
]);
const STATUS_ADJ = new Set([
  "damaged",
  "destroyed",
  "armed",
  "armored",
  "armoured",
  "wounded",
  "injured",
  "abandoned",
  "burned",
  "burnt",
  "disabled",
]);
const MAX_MODIFIERS = 3;

/** Reads the count and modifiers before a force noun, walking back over at most a few words. */
export function countBefore(lower: string, nounStart: number, singularNoun: boolean): CountPhrase {
  const from = Math.max(0, nounStart - 90);
  const slice = lower.slice(from, nounStart);
  const tokens: { t: string; at: number }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) tokens.push({ t: m[0], at: from + m.index });
  const modifiers: string[] = [];
  let start = nounStart;
  let scale = 1;
  let definite = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const tok = tokens[i];
    if (!tok) break;
    const t = tok.t;
    const sc = scaleValue(t);
    if (sc && i > 0) {
      scale = sc;
      continue;
    }
    const n = numberValue(t);
    if (n !== null) {
      if ((t === "a" || t === "an") && !singularNoun) return { count: null, start, modifiers, definite };
      // "14 of the 17 drones": the part told is 14.
      const part = tokens[i - 3];
      if (
        tokens[i - 1]?.t === "the" &&
        tokens[i - 2]?.t === "of" &&
        part &&
        numberValue(part.t) !== null &&
        part.t !== "a" &&
        part.t !== "an"
      )
        return {
          count: qualify(numberValue(part.t) ?? 0, tokens[i - 4]?.t ?? ""),
          start: part.at,
          modifiers,
          definite: true,
        };
      const before = tokens
        .slice(Math.max(0, i - 3), i)
        .map((x) => x.t)
        .join(" ");
      return { count: qualify(n * scale, before), start: tok.at, modifiers, definite };
    }
    if (t === "of") {
      const prev = tokens[i - 1];
      const prevPrev = tokens[i - 2];
      const pn = prev ? numberValue(prev.t) : null;
      const vague = prev ? vaguePlural(prev.t) : null;
      if (prev && pn !== null && prev.t !== "a" && prev.t !== "an")
        return { count: qualify(pn, prevPrev?.t ?? ""), start: prev.at, modifiers, definite: true };
      if (prev && vague !== null)
        return { count: { low: vague, high: null, qualifier: "at-least" }, start: prev.at, modifiers, definite };
      return { count: null, start, modifiers, definite };
    }
    if (DETERMINERS.has(t)) {
      definite = true;
      start = tok.at;
      continue;
    }
    if (STOP.has(t) || /^[,;:()“”"]$/.test(t) || VAGUE.has(t)) break;
    if (/(?:ing|ed)$/.test(t) && !STATUS_ADJ.has(t) && !/-/.test(t)) break;
    if (definite) break;
    if (modifiers.length >= MAX_MODIFIERS) break;
    modifiers.push(t);
    start = tok.at;
  }
  return { count: null, start, modifiers, definite };
}
