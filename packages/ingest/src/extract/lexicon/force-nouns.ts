import type { ForceCategory } from "@deconflict/domain";

/** Nouns that name forces, mapped to SPEC categories. Lower-case regex sources; longest first in the alternation. */
export const FORCE_NOUNS: readonly { source: string; category: ForceCategory; singular: boolean }[] = [
  { source: "main battle tank", category: "tank", singular: true },
  { source: "tanks", category: "tank", singular: false },
  { source: "tank", category: "tank", singular: true },
  {
    source: "anti-aircraft (?:weapons|guns|systems|batteries|missiles|launchers)",
    category: "anti-aircraft",
    singular: false,
  },
  { source: "anti-aircraft (?:weapon|gun|system|battery|missile|launcher)", category: "anti-aircraft", singular: true },
  { source: "air[- ]defen[cs]e (?:systems|batteries|units|launchers)", category: "anti-aircraft", singular: false },
  { source: "air[- ]defen[cs]e (?:system|battery|unit|launcher)", category: "anti-aircraft", singular: true },
  { source: "surface-to-air missile (?:systems|launchers|batteries)", category: "anti-aircraft", singular: false },
  { source: "artillery (?:pieces|guns|systems|batteries|units)", category: "artillery", singular: false },
  { source: "artillery (?:piece|gun|system|battery|unit)", category: "artillery", singular: true },
  { source: "artillery", category: "artillery", singular: false },
  { source: "howitzers", category: "artillery", singular: false },
  { source: "howitzer", category: "artillery", singular: true },
  { source: "(?:multiple )?rocket launchers", category: "artillery", singular: false },
  { source: "(?:multiple )?rocket launcher", category: "artillery", singular: true },
  { source: "mortars", category: "artillery", singular: false },
  { source: "armed (?:technical )?vehicles", category: "armed-vehicle", singular: false },
  { source: "armed (?:technical )?vehicle", category: "armed-vehicle", singular: true },
  { source: "technical vehicles", category: "armed-vehicle", singular: false },
  { source: "technical vehicle", category: "armed-vehicle", singular: true },
  { source: "technicals", category: "armed-vehicle", singular: false },
  { source: "armed (?:pickup |pick-up )?(?:trucks|pickups)", category: "armed-vehicle", singular: false },
  { source: "armed (?:pickup |pick-up )?(?:truck|pickup)", category: "armed-vehicle", singular: true },
  { source: "armou?red (?:personnel carriers|vehicles|cars)", category: "armed-vehicle", singular: false },
  { source: "armou?red (?:personnel carrier|vehicle|car)", category: "armed-vehicle", singular: true },
  { source: "(?:infantry fighting|combat) vehicles", category: "armed-vehicle", singular: false },
  { source: "(?:infantry fighting|combat) vehicle", category: "armed-vehicle", singular: true },
  { source: "apcs|ifvs|bmps|humvees|mraps", category: "armed-vehicle", singular: false },
  { source: "apc|ifv|bmp|humvee|mrap", category: "armed-vehicle", singular: true },
  {
    source: "bulldozers|front[- ]loaders|excavators|engineering vehicles|diggers",
    category: "engineering-vehicle",
    singular: false,
  },
  {
    source: "front[- ]loader(?:-type vehicle)?|bulldozer|excavator|engineering vehicle|digger",
    category: "engineering-vehicle",
    singular: true,
  },
  { source: "vehicles|trucks|pickups|pick-up trucks|cars|lorries|buses", category: "vehicle", singular: false },
  { source: "vehicle|truck|pickup|pick-up truck|lorry|bus", category: "vehicle", singular: true },
  {
    source: "warplanes|fighter jets|jets|helicopters|aircraft|planes|drones|bombers",
    category: "aircraft",
    singular: false,
  },
  { source: "warplane|fighter jet|jet|helicopter|plane|drone|bomber", category: "aircraft", singular: true },
  {
    source:
      "soldiers|troops|fighters|militiamen|militants|personnel|servicemen|combatants|gunmen|insurgents|paramilitaries|commandos|marines|mercenaries",
    category: "personnel",
    singular: false,
  },
  {
    source: "soldier|fighter|militiaman|militant|serviceman|combatant|gunman|insurgent|commando|marine|mercenary",
    category: "personnel",
    singular: true,
  },
  // Military craft and installations only: a merchant ship or a fishing boat is not a force.
  {
    source:
      "warships|gunboats|patrol boats|frigates|corvettes|radars|launchers|weapons depots|ammunition depots|command posts",
    category: "other",
    singular: false,
  },
  {
    source: "warship|gunboat|patrol boat|frigate|corvette|radar|launcher|weapons depot|ammunition depot|command post",
    category: "other",
    singular: true,
  },
];

// One group per entry; entries are listed longer phrases first, so the alternation prefers them.
export const FORCE_NOUN_RE = new RegExp(
  `(?<![a-z0-9-])(?:${FORCE_NOUNS.map((n) => `(${n.source})`).join("|")})(?![a-z0-9]|-(?!type))`,
  "g",
);

/** The lexicon entry a FORCE_NOUN_RE match came from. */
export function forceNounOf(match: RegExpExecArray) {
  const gi = match.findIndex((g, k) => k > 0 && g !== undefined);
  return FORCE_NOUNS[gi - 1] ?? null;
}
