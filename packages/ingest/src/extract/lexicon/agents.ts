import data from "./json/agents.json" with { type: "json" };
import weapons from "./json/instruments.json" with { type: "json" };

/** Head nouns of phrases that name who can carry out or suffer an attack ("gunmen", "ELN rebels"). */
export const AGENT_HEADS: ReadonlySet<string> = new Set(data.armed);
/** "the group", "the militants": a phrase that points back to an actor already named. */
export const GENERIC_AGENTS: ReadonlySet<string> = new Set(data.generic);
/** Heads of phrases that speak or report, never attack ("officials", "the radio"). */
export const NOT_AGENTS: ReadonlySet<string> = new Set(data.notAgents);

/** Weapons and platforms, one regex over lower-case text (json/instruments.json). */
export const INSTRUMENT_RE = new RegExp(`(?<![a-z0-9-])(?:${weapons.weapons.join("|")})(?![a-z0-9]|-[a-z])`, "g");
/** Agent nouns named after the deed ("the attackers", "the kidnappers"): they stand for whoever carried it out. */
export const PERPETRATOR_NOUNS: ReadonlySet<string> = new Set(data.perpetrators);
/** Heads of phrases naming armed groups outside the state ("FMLN guerrillas", "Medellin cartel"). */
export const NON_STATE_HEADS: ReadonlySet<string> = new Set(data.nonState);
