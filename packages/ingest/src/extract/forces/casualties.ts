import type { CasualtyKind, Quantity } from "@deconflict/domain";
import nouns from "../lexicon/json/casualty-nouns.json" with { type: "json" };
import { numberValue, qualify, vaguePlural } from "../lexicon/numbers.ts";

export interface CasualtyItem {
  kind: CasualtyKind;
  /** null when the text says how it hit people but not how many ("killing several peacekeepers"). */
  count: Quantity | null;
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
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const SINGULAR: ReadonlySet<string> = new Set(nouns.singular);
// The people a toll counts (json/casualty-nouns.json), plural and singular heads.
const WHO = `(${byLength([...nouns.plural, ...nouns.singular])})(?![a-z-])`;
// A word between a count and its head ("two Hezbollah fighters", "a 62-year-old woman"); never a word that
// opens another phrase ("three of them officers").
const MOD = "(?!(?:of|and|or|in|on|at|by|with|who|which|that|were|was|had|have)\\b|[a-z]+ing\\b)[a-z0-9'’-]+";
// "several peacekeepers", "a number of civilians": people hit, a count the text does not give.
const VAGUE = "(?:several|many|numerous|a number of|a few|a handful of|scores of)";
const DETERMINER = "(?:the|its|their|his|her)";
// One victim phrase: "the two men", "a senior field commander of Hezbollah's elite Radwan force", "several
// Burundian peacekeepers", "13 al-Shabaab fighters". Read with the sticky flag, where the list is.
const VICTIM = new RegExp(
  `["“]?(?:(${DETERMINER})\\s+)?(${QUAL})(?:${NUM}|(${VAGUE})|(an?)(?![a-z0-9]))?(?:\\s*(?<![a-z0-9])(?:other|more)(?![a-z]))?(?:\\s*(?<![a-z0-9'’-])((?:${MOD}\\s+){0,3}?)${WHO})?`,
  "y",
);
// "between 21 and 25 people", "two or three civilians": a range as one victim phrase.
const RANGE = new RegExp(
  `["“]?(?:between\\s+${NUM}\\s+and|${NUM}\\s+(?:to|or))\\s+${NUM}(?:\\s+(?:(?:other|more)\\s+)?((?:${MOD}\\s+){0,3}?)${WHO})?`,
  "y",
);
// The low end of a range told before a count: "between 20 and " before "24 people were killed".
const RANGE_BEFORE = new RegExp(`(?:\\bbetween\\s+${NUM}\\s+and|${NUM}\\s+(?:to|or))\\s+$`);
// "of Hezbollah's elite Radwan force" after the head, as far as the next list word.
const OF_PHRASE = /\s+of\s+(?:(?!and\b|or\b)[a-z0-9'’-]+\s+){0,4}?(?!and\b|or\b)[a-z0-9'’-]+(?=\s+and\s|\s*,|\s*$)/y;
const LIST_GLUE = /\s*,\s*(?:and\s+)?|\s+and\s+/y;
const KILL_VERB = /\b(kill(?:ed|ing|s)|wound(?:ed|ing|s)|injur(?:ed|ing|es))\s+/g;
// "10 people were killed", "five soldiers died", "12 wounded", "four more were injured", "at least eight
// people, including an unknown number of assailants, were killed"
const COUNT_FIRST = new RegExp(
  `(${QUAL})${NUM}\\s+(?:(?:other|more)\\s+)?(?:(?:${MOD}\\s+){0,2}?${WHO}(?:\\s+|(?=,)))?(?:,[^,;.()"“”]{1,90},\\s+)?(?:(?:were|was|have been|had been|are|been|reportedly|also|later|[a-z]+ly)\\s+){0,3}(killed|dead|died|wounded|injured|hurt)\\b`,
  "g",
);
// "two guards and " before "three gunmen were killed": one toll told as a list.
const COUNT_BEFORE = new RegExp(
  `(${QUAL})${NUM}\\s+(?:(?:other|more)\\s+)?(?:${MOD}\\s+){0,2}?${WHO}\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$`,
);
const TOLL = new RegExp(
  `death toll (?:rose|climbed|reached|stands at|stood at|is|was|has risen|rises) (?:to )?(${QUAL})${NUM}`,
  "g",
);
// "Haddad was killed", "the colonel was wounded", "One guard, Ali Karim, was killed": one person.
const ONE_PASSIVE =
  /\b(?:was|has been|had been)\s+(?:(?:also|reportedly|later|fatally|seriously|critically|slightly|badly|mortally|lightly|gravely)\s+){0,2}(killed|wounded|injured|shot dead)\b/g;
const APPOSITIVE_END = /,[^,;.()"“”]{1,90},\s*$/;
const NEGATED = /\b(?:no|not|none|nobody|neither|nor|no one|without)\s+(?:[a-z0-9'’-]+\s+){0,2}$/;

function kindOf(verb: string): CasualtyKind {
  return /^(?:kill|dead|died|shot)/.test(verb) ? "killed" : "wounded";
}

function countOf(word: string, qualifier: string): Quantity | null {
  if (word === "a dozen") return qualify(12, qualifier);
  const n = numberValue(word);
  if (n !== null && word !== "a" && word !== "an") return qualify(n, qualifier);
  const vague = vaguePlural(word);
  return vague !== null ? { low: vague, high: null, qualifier: "at-least" } : null;
}

const ONE: Quantity = { low: 1, high: 1, qualifier: "exact" };

function range(lowWord: string, highWord: string): Quantity | null {
  const low = numberValue(lowWord);
  const high = numberValue(highWord);
  return low !== null && high !== null && low < high ? { low, high, qualifier: "range" } : null;
}

/** Sums the counts of a list ("two fighters and a woman"); an open or unknown part leaves the top open. */
function sum(a: Quantity | null, b: Quantity | null): Quantity | null {
  if (!a || !b) return a && !b ? { low: a.low, high: null, qualifier: "at-least" } : a;
  const low = (a.low ?? 0) + (b.low ?? 0);
  const high = a.high === null || b.high === null ? null : a.high + b.high;
  return { low, high, qualifier: high === null ? "at-least" : low === high ? a.qualifier : "range" };
}

interface Victims {
  count: Quantity | null;
  who: string | null;
  end: number;
}

/** One victim phrase at `at`; `headless` lets a bare number stand ("wounding 12"). */
function victimAt(lower: string, at: number, headless: boolean): Victims | null {
  RANGE.lastIndex = at;
  const r = RANGE.exec(lower);
  if (r) {
    const count = range(r[1] ?? r[2] ?? "", r[3] ?? "");
    if (count && (r[5] || headless)) return { count, who: r[5] ?? null, end: at + r[0].length };
  }
  VICTIM.lastIndex = at;
  const m = VICTIM.exec(lower);
  if (!m) return null;
  const [, det, qual, num, vague, article, mods, who] = m;
  let count: Quantity | null;
  if (num) {
    count = countOf(num, qual ?? "");
    if (!count || (!who && !headless)) return null;
  } else if (vague) {
    if (!who) return null;
    count = null;
  } else {
    // "killing the woman", "killed a commander", "killed Colonel X": one person, told by a singular head.
    if (!who || !SINGULAR.has(who) || qual) return null;
    // Without an article only a title stands alone ("killed Colonel Rahimi"), never "killed civilian and ...".
    if (!det && !article && mods) return null;
    count = ONE;
  }
  let end = at + m[0].length;
  // "killing 40 or more": open above.
  const more = num && count && !who ? /^\s+or more\b/.exec(lower.slice(end, end + 12)) : null;
  if (more && count) {
    count = { low: count.low, high: null, qualifier: "at-least" };
    end += more[0].length;
  }
  if (who) {
    OF_PHRASE.lastIndex = end;
    if (OF_PHRASE.exec(lower)) end = OF_PHRASE.lastIndex;
  }
  return { count, who: who ?? null, end };
}

/** The victims after a kill verb, a list summed: "killed two Hezbollah fighters and a 62-year-old woman". */
function victimsAfter(lower: string, at: number): Victims | null {
  const first = victimAt(lower, at, true);
  if (!first) return null;
  let { count, end } = first;
  for (let i = 0; i < 4; i++) {
    LIST_GLUE.lastIndex = end;
    if (!LIST_GLUE.exec(lower)) break;
    const next = victimAt(lower, LIST_GLUE.lastIndex, false);
    if (!next) break;
    count = sum(count, next.count);
    end = next.end;
  }
  return { count, who: first.who, end };
}

const HURT_WORD = /kill|wound|injur|dead|died|hurt|death toll/;

// A whole war's toll ("tens of thousands have been killed since 2023") is no one event's casualties.
const WAR_TOLL =
  /\b(?:tens of thousands|hundreds of thousands|since the (?:start|beginning|outbreak)|since the war|in the war|during the war|so far this year|since (?:19|20)\d\d|since (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/;

/**
 * Killed and wounded in a lower-cased sentence, with the count as told, summed over a list of victims. `text`,
 * the sentence as written (same offsets), lets a proper name stand for one person ("Haddad was killed").
 */
export function findCasualties(lower: string, text?: string): CasualtyItem[] {
  const out: CasualtyItem[] = [];
  // Every pattern below holds one of these words: most sentences have none, and skip the costlier patterns.
  if (!HURT_WORD.test(lower) || WAR_TOLL.test(lower)) return out;
  const taken = (s: number, e: number) => out.some((c) => c.start < e && s < c.end);
  KILL_VERB.lastIndex = 0;
  for (let m = KILL_VERB.exec(lower); m; m = KILL_VERB.exec(lower)) {
    const v = victimsAfter(lower, m.index + m[0].length);
    if (!v) continue;
    out.push({ kind: kindOf(m[1] ?? ""), count: v.count, who: v.who, start: m.index, end: v.end });
    KILL_VERB.lastIndex = Math.max(KILL_VERB.lastIndex, v.end);
  }
  COUNT_FIRST.lastIndex = 0;
  for (let m = COUNT_FIRST.exec(lower); m; m = COUNT_FIRST.exec(lower)) {
    let count = countOf(m[2] ?? "", m[1] ?? "");
    // "no one was killed", "none wounded"
    if (
      !count ||
      taken(m.index, m.index + m[0].length) ||
      /\bno\s+$/.test(lower.slice(Math.max(0, m.index - 4), m.index))
    )
      continue;
    let start = m.index;
    const low = m[1] ? null : RANGE_BEFORE.exec(lower.slice(Math.max(0, start - 30), start));
    const ranged = low && count.low !== null ? range(low[1] ?? low[2] ?? "", String(count.low)) : null;
    if (low && ranged && count.qualifier === "exact") {
      count = ranged;
      start -= low[0].length;
    }
    for (let i = 0; i < 3; i++) {
      const before = COUNT_BEFORE.exec(lower.slice(Math.max(0, start - 90), start));
      const more = before ? countOf(before[2] ?? "", before[1] ?? "") : null;
      if (!before || !more) break;
      count = sum(more, count);
      start -= before[0].length;
    }
    out.push({ kind: kindOf(m[4] ?? ""), count, who: m[3] ?? null, start, end: m.index + m[0].length });
  }
  TOLL.lastIndex = 0;
  for (let m = TOLL.exec(lower); m; m = TOLL.exec(lower)) {
    const count = countOf(m[2] ?? "", m[1] ?? "");
    if (count && !taken(m.index, m.index + m[0].length))
      out.push({ kind: "killed", count, who: null, start: m.index, end: m.index + m[0].length });
  }
  ONE_PASSIVE.lastIndex = 0;
  for (let m = ONE_PASSIVE.exec(lower); m; m = ONE_PASSIVE.exec(lower)) {
    const end = m.index + m[0].length;
    const subject = singleSubject(lower, text, m.index);
    if (subject === null || taken(subject, end)) continue;
    out.push({ kind: kindOf(m[1] ?? ""), count: ONE, who: null, start: subject, end });
  }
  return out;
}

const PRONOUN_ONE = /\b(?:he|she)\s+$/;
const HEAD_BEFORE = new RegExp(`(?<![a-z0-9'’-])${WHO}\\s+(?:who\\s+)?$`);
const NAME_BEFORE = /(?<![\p{L}'’-])\p{Lu}\p{Ll}[\p{L}'’-]*\s+$/u;

/** Where the one person a singular "was killed" tells starts, or null when its subject is not one person. */
function singleSubject(lower: string, text: string | undefined, at: number): number | null {
  const base = Math.max(0, at - 140);
  let cut = at;
  // "Badi, a senior intelligence official, was killed": the subject is the name before the appositive.
  const appositive = APPOSITIVE_END.exec(lower.slice(base, at));
  if (appositive) cut = base + appositive.index;
  const head = `${lower.slice(base, cut)} `;
  const from = (m: RegExpExecArray | null) => (m ? base + m.index : null);
  if (NEGATED.test(head)) return null;
  const pronoun = PRONOUN_ONE.exec(head);
  if (pronoun) return from(pronoun);
  const noun = HEAD_BEFORE.exec(head);
  if (noun) return SINGULAR.has(noun[1] ?? "") && !NEGATED.test(head.slice(0, noun.index)) ? from(noun) : null;
  return text ? from(NAME_BEFORE.exec(`${text.slice(base, cut)} `)) : null;
}
