import type { Actor } from "@deconflict/domain";
import { countryIndicators } from "../geo/country-indicators.ts";
import { exactKey } from "../geo/keys.ts";
import { NON_STATE_HEADS, PERPETRATOR_NOUNS } from "../lexicon/agents.ts";
import { truecaseWord } from "../linguistic/index.ts";

// Words that describe attackers without naming them: "urban guerrillas", "leftist rebels", "presumed terrorists".
const DESCRIPTIVE =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens|hundreds|unidentified|unknown|suspected|presumed|alleged|purported|armed|heavily|masked|hooded|urban|rural|leftist|rightist|left-wing|right-wing|marxist|maoist|communist|extremist|radical|rebel|guerr?ill?a|terrorist|insurgent|militant|other|more|new|former|recent|so-called|a|an|the|of|group|groups|band|column|cell|unit|units|members?)$/i;

const words = (name: string) =>
  name
    .replace(/[[\]()"“”,]/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);

/**
 * "urban guerrillas", "the rebels", "presumed terrorists": a non-state attacker the text describes by what it is,
 * naming no group. Every word is a description, a count or a country's adjective ("Salvadoran guerrillas").
 */
export function describesGroupless(name: string): boolean {
  const w = words(name);
  const head = w.at(-1)?.toLowerCase() ?? "";
  if (!(NON_STATE_HEADS.has(head) || isDeedNoun(head) || isUnitOf(w)) || w.length > 5) return false;
  return w.slice(0, -1).every((x) => DESCRIPTIVE.test(x) || isCommonWord(x) || isCountryWord(x));
}

/** "urban guerrillas", "the rebels": fighters outside the state, by the noun for what they are. */
export function describesNonState(name: string): boolean {
  return NON_STATE_HEADS.has(words(name).at(-1)?.toLowerCase() ?? "");
}

/** "the attackers", "the murderers": a noun named after the deed describes whoever did it, of whatever group. */
function isDeedNoun(head: string): boolean {
  return PERPETRATOR_NOUNS.has(head);
}

// "rebel mountain assault units": the units of a non-state body described, not named.
function isUnitOf(w: readonly string[]): boolean {
  const head = w.at(-1)?.toLowerCase() ?? "";
  return /^(?:units?|forces)$/.test(head) && w.slice(0, -1).some((x) => NON_STATE_HEADS.has(x.toLowerCase()));
}

/**
 * "FMLN", "Shining Path", "the Extraditables": words before a members' noun that make a name. A single word must
 * not be an ordinary word ("criminal terrorists"); no word may be a description or a country's adjective.
 */
export function namesByWords(ws: readonly string[]): boolean {
  if (!ws.length || ws.some((x) => DESCRIPTIVE.test(x) || isCountryWord(x))) return false;
  return ws.length > 1 || !isCommonWord(ws[0] ?? "");
}

// A word written in lower case, or in all-caps copy one the casing statistics know as an ordinary lower-case word,
// is no part of a name.
export function isCommonWord(word: string): boolean {
  if (word !== word.toUpperCase()) return word === word.toLowerCase();
  const cased = truecaseWord(word, "title");
  return cased === cased.toLowerCase();
}

function isCountryWord(word: string): boolean {
  return countryIndicators().byKey.has(exactKey(word));
}

/**
 * "FMLN guerrillas" -> "FMLN", "the Medellin cartel" -> "Medellin cartel": the name a group is told by, without
 * the description noun after a name ("guerrillas", "rebels"), which says what its members are.
 */
export function groupCore(name: string): string {
  const w = words(name.replace(/^(?:the|a|an)\s+/i, ""));
  while (w.length > 1 && describesMember(w.at(-1) ?? "")) w.pop();
  // "the recent Red Dawn", "Peruvian Red Dawn": a description or a country's adjective before the name.
  const lead = (x: string) => DESCRIPTIVE.test(x) || isCountryWord(x);
  while (
    w.length > 1 &&
    (lead(w[0] ?? "") || (isCommonWord(w[0] ?? "") && w.slice(1).some((x) => !isCommonWord(x) && !lead(x))))
  )
    w.shift();
  return w.join(" ");
}

/** Some word of the name is no ordinary word: "FMLN", "Farabundo Marti", not "seen any". */
export function hasNameWord(name: string): boolean {
  return words(name).some((x) => !isCommonWord(x) && !DESCRIPTIVE.test(x) && !isCountryWord(x));
}

const MEMBER_NOUN =
  /^(?:guerr?ill?as?|rebels?|terrorists?|insurgents?|militants?|commandos?|militiam[ae]n|fighters|members?|subversives?|extremists|separatists|jihadists)$/i;

function describesMember(word: string): boolean {
  return MEMBER_NOUN.test(word);
}

/**
 * "urban guerrillas" in an article whose guerrillas the text names ("FMLN guerrillas", "the FMLN"): the attacker
 * is told as the text describes them, with the group they belong to: "urban guerrillas of the FMLN". The key becomes the
 * group's, so resolution and the dashboard group the attack with that group's others.
 */
export function withGroupOf(attacker: Actor, group: Actor): Actor {
  const core = groupCore(group.name);
  if (!core || sameWords(attacker.name, core)) return attacker;
  return { key: group.key, name: `${attacker.name} of the ${core}`, side: group.side };
}

function sameWords(a: string, core: string): boolean {
  const have = new Set(words(a).map((w) => w.toLowerCase()));
  return words(core).every((w) => have.has(w.toLowerCase()));
}

/** "the Red Dawn" for the group "Red Dawn guerrillas": the phrase is the group's name, the article aside. */
export function namesGroup(phrase: string, group: string): boolean {
  const core = groupCore(group);
  const own = groupCore(phrase);
  return !!core && core.length >= 3 && own.toLowerCase() === core.toLowerCase();
}
