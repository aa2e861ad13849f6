import type { CasualtyKind, Quantity } from "@deconflict/domain";
import { numberValue, qualify, vaguePlural } from "../lexicon/numbers.ts";

export interface CasualtyItem {
  kind: CasualtyKind;
  count: Quantity;
  who: string | null;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

const QUAL =
  "(?:(?:more than|over|at least|about|around|approximately|nearly|almost|some|an estimated|estimated|up to|as many as|roughly|fewer than|less than|no fewer than)\\s+)?";
// Digits or number words only: a bare [a-z]+ here would make the pattern quadratic on long words.
const WORD_NUMBERS =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozens|scores|hundreds|thousands|a dozen)";
const NUM = `(?<![a-z0-9])(\\d{1,3}(?:,\\d{3})+|\\d+|${WORD_NUMBERS})(?![a-z0-9])`;
const WHO =
  "(people|persons|civilians|fighters|soldiers|troops|servicemen|militants|militiamen|members|children|women|residents|workers|others|personnel|policemen|police officers|rebels|insurgents|combatants|paramedics|journalists|aid workers|elements|operatives|commanders|peacekeepers|soldier|civilian|person|child|woman|man|fighter|officer|policeman|worker|resident|member)";
// "killed an estimated 10 fighters", "wounding 12"
const VERB_FIRST = new RegExp(
  `\\b(kill(?:ed|ing|s)|wound(?:ed|ing|s)|injur(?:ed|ing|es))\\s+["“]?(${QUAL})${NUM}(?:\\s+(?:[a-z-]+\\s+){0,2}?${WHO})?`,
  "g",
);
// "10 people were killed", "five soldiers died", "12 wounded"
const COUNT_FIRST = new RegExp(
  `(${QUAL})${NUM}\\s+(?:(?:[a-z-]+\\s+){0,2}?${WHO}\\s+)?(?:(?:were|was|have been|had been|are|been|reportedly|also|later|[a-z]+ly)\\s+){0,3}(killed|dead|died|wounded|injured|hurt)\\b`,
  "g",
);
const TOLL = new RegExp(
  `death toll (?:rose|climbed|reached|stands at|stood at|is|was|has risen|rises) (?:to )?(${QUAL})${NUM}`,
  "g",
);

function kindOf(verb: string): CasualtyKind {
  return /^(?:kill|dead|died)/.test(verb) ? "killed" : "wounded";
}

function countOf(word: string, qualifier: string): Quantity | null {
  if (word === "a dozen") return qualify(12, qualifier);
  const n = numberValue(word);
  if (n !== null && word !== "a" && word !== "an") return qualify(n, qualifier);
  const vague = vaguePlural(word);
  return vague !== null ? { low: vague, high: null, qualifier: "at-least" } : null;
}

// A whole war's toll ("tens of thousands have been killed since 2023") is no one event's casualties.
const WAR_TOLL =
  /\b(?:tens of thousands|hundreds of thousands|since the (?:start|beginning|outbreak)|since the war|in the war|during the war|so far this year|since (?:19|20)\d\d|since (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/;

/** Killed and wounded with a stated count, in a lower-cased sentence. */
export function findCasualties(lower: string): CasualtyItem[] {
  const out: CasualtyItem[] = [];
  if (WAR_TOLL.test(lower)) return out;
  const taken = (s: number, e: number) => out.some((c) => c.start < e && s < c.end);
  VERB_FIRST.lastIndex = 0;
  for (let m = VERB_FIRST.exec(lower); m; m = VERB_FIRST.exec(lower)) {
    const count = countOf(m[3] ?? "", m[2] ?? "");
    if (!count) continue;
    out.push({ kind: kindOf(m[1] ?? ""), count, who: m[4] ?? null, start: m.index, end: m.index + m[0].length });
  }
  COUNT_FIRST.lastIndex = 0;
  for (let m = COUNT_FIRST.exec(lower); m; m = COUNT_FIRST.exec(lower)) {
    const count = countOf(m[2] ?? "", m[1] ?? "");
    if (!count || taken(m.index, m.index + m[0].length)) continue;
    out.push({ kind: kindOf(m[4] ?? ""), count, who: m[3] ?? null, start: m.index, end: m.index + m[0].length });
  }
  TOLL.lastIndex = 0;
  for (let m = TOLL.exec(lower); m; m = TOLL.exec(lower)) {
    const count = countOf(m[2] ?? "", m[1] ?? "");
    if (count && !taken(m.index, m.index + m[0].length))
      out.push({ kind: "killed", count, who: null, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
