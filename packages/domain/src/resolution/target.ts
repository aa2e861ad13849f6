import lexicon from "./target-classes.json" with { type: "json" };

/** What was hit: an actor (key and side from the lexicon, or a text key), or a place or thing ("site:the market"). */
export interface TargetRef {
  key: string;
  name: string;
  side: string | null;
}

/**
 * - `same`: one actor key, or two sites of one class ("a market", "the central market");
 * - `compatible`: two names of one side, or nothing rules it out (a site against an actor, "civilians");
 * - `contradicts`: two actors of different sides, or two sites of different classes (a school is not a convoy);
 * - `unknown`: one side names no target.
 */
export type TargetRelation = "same" | "compatible" | "contradicts" | "unknown";

const SITE_PREFIX = "site:";

const CLASS_OF = new Map<string, string>(
  Object.entries(lexicon.classes).flatMap(([cls, words]) => words.map((w) => [w, cls] as const)),
);

/** The class of a site target ("residential", "market", …) from its first known word, or null. */
export function siteClass(name: string): string | null {
  for (const word of name.toLowerCase().split(/[^a-z-]+/)) {
    const cls = CLASS_OF.get(word);
    if (cls) return cls;
  }
  return null;
}

const isSite = (t: TargetRef) => t.key.startsWith(SITE_PREFIX);

export function compareTargets(a: TargetRef | null, b: TargetRef | null): TargetRelation {
  if (!a || !b) return "unknown";
  if (isSite(a) && isSite(b)) {
    const ca = siteClass(a.key.slice(SITE_PREFIX.length));
    const cb = siteClass(b.key.slice(SITE_PREFIX.length));
    if (!ca || !cb) return "compatible";
    return ca === cb ? "same" : "contradicts";
  }
  // A site against an actor, or "civilians" (how one side tells a strike the other tells as on its enemy).
  if (isSite(a) || isSite(b) || a.key === "civilians" || b.key === "civilians") return "compatible";
  if (a.key === b.key) return "same";
  return a.side !== null && a.side === b.side ? "compatible" : "contradicts";
}
