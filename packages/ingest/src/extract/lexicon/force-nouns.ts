import type { ForceCategory } from "@deconflict/domain";
import data from "./json/force-nouns.json" with { type: "json" };

/** Nouns that name forces, mapped to SPEC categories (json/force-nouns.json). Lower-case regex sources; longest
 * first in the alternation. */
export const FORCE_NOUNS: readonly { source: string; category: ForceCategory; singular: boolean }[] = data.nouns as {
  source: string;
  category: ForceCategory;
  singular: boolean;
}[];

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
