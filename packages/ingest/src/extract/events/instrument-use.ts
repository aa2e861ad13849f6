// Weapons a sentence names that were not used in its attack: arms seized or traded, and words too bare to say
// what was used.

// "troops seized two G-3 rifles", "a cache of explosives", "accused of smuggling weapons".
const NOT_USED_BEFORE =
  /\b(?:seiz(?:ed|es|ing|ure of)|confiscat(?:ed|es|ing|ion of)|captur(?:ed|es|ing)|recover(?:ed|s|ing)|cache[s]? of|stockpiles? of|arsenals? of|possession of|possess(?:ed|ing)|surrender(?:ed|ing)|hand(?:ed|ing) over|turn(?:ed|ing) in|bought|buy(?:ing)?|purchas(?:ed|ing|es)|sold|sell(?:ing)?|suppl(?:y|ied|ying) (?:of|with)?|shipments? of|smuggl(?:ed|ing)|traffick(?:ed|ing) in|deliver(?:ed|ies|y) of)\s+(?:[a-z0-9/-]+,?\s+){0,4}$/;
// "weapons", "arms": a class, not a weapon.
const BARE = /^(?:weapons?|arms|firearms?|armament)$/;

/** Whether the weapon phrase `text` at [start, …) of lower-cased `lower` names something the attack did not use. */
export function notUsed(lower: string, start: number, text: string): boolean {
  if (BARE.test(text.toLowerCase().trim())) return true;
  return NOT_USED_BEFORE.test(lower.slice(Math.max(0, start - 60), start));
}
