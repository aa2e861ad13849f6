import { COUNTRY_WORDS } from "../lexicon/actors.ts";
import { NON_STATE_HEADS } from "../lexicon/agents.ts";

/**
 * A state actor named only as its country ("the United States", "France", "U.S."): the country is talked
 * about, its forces are not in the sentence, so a later "the army" does not stand for it.
 */
export function isCountryName(words: string): boolean {
  const w = words
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^the\s+/, "");
  return COUNTRY_WORDS.has(w) || /^u\.?\s?s\.?(?:a\.?)?$/.test(w);
}

/** "FMLN guerrillas", "the Medellin cartel", "FMLN [Farabundo Marti National Liberation Front]": a non-state group. */
export function isNonStateName(name: string): boolean {
  const words = name
    .toLowerCase()
    .replace(/[[\]()]/g, " ")
    .trim()
    .split(/\s+/);
  return words.some((w) => NON_STATE_HEADS.has(w));
}

/**
 * "guerrillas" and "FMLN guerrillas", "the terrorists" and "Shining Path terrorists": a bare head noun and a name
 * that ends in it (singular or plural) tell one group, the name saying which.
 */
export function namesSameGroup(bare: string, name: string): boolean {
  const b = bare
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();
  if (!/^[a-z-]+$/.test(b) || !NON_STATE_HEADS.has(b)) return false;
  const words = name.toLowerCase().trim().split(/\s+/);
  const last = words.at(-1) ?? "";
  const stem = (w: string) => w.replace(/s$/, "");
  return words.length > 1 && stem(last) === stem(b);
}
