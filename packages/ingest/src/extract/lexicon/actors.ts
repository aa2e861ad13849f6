import data from "./json/actors.json" with { type: "json" };

// General data about conflict actors (json/actors.json): a stable key (what resolution matches on), a display
// name and a side. Aliases are lower-case regex sources. One key can carry several names: "US-led coalition" and
// "United States" are one actor for matching. The lexicon normalises; the text's own name stays the event's.

export interface ActorEntry {
  key: string;
  name: string;
  side: string;
  aliases: readonly string[];
}

export const ACTORS: readonly ActorEntry[] = data.actors;

/** Generic names that stand for the article's own state forces or armed group (coreference). */
export const GENERIC_STATE = data.genericState;
export const GENERIC_COALITION = data.genericCoalition;
/** Keys a bare "the coalition" can stand for. */
export const COALITIONS: ReadonlySet<string> = new Set(data.coalitions);
export const GENERIC_GROUP = data.genericGroup;
/** Keys of armed groups (non-state): what "the militants" or "the group" refer back to. */
export const ARMED_GROUPS: ReadonlySet<string> = new Set(data.armedGroups);
/** Keys of state forces: what "the army" or "government forces" refer back to. */
export const STATE_FORCES: ReadonlySet<string> = new Set(data.stateForces);
/** Bare country names: after "in", "across" or "near" they name a place, not an actor. */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(data.countryWords);
