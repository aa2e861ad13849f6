/** A reported count as a range; a null high is open-ended ("more than 60"). */
export interface CountRange {
  low: number;
  high: number | null;
}

/** A telling's casualty figures, each the range holding all its figures of that kind. */
export interface Toll {
  killed: CountRange | null;
  wounded: CountRange | null;
}

/**
 * - `agree`: the ranges overlap ("at least 5" and "seven");
 * - `differs`: they do not, but a toll that rose between reports explains it (4 then 9): joined, and flagged;
 * - `irreconcilable`: too far apart to be one strike's toll (3 and 120);
 * - `unknown`: no figure of a kind on both sides.
 */
export type TollRelation = "agree" | "differs" | "irreconcilable" | "unknown";

// A toll grows as the dead are found and the wounded die: up to RISE times the smaller figure plus RISE_SLACK.
const RISE = 3;
const RISE_SLACK = 5;

function compareRanges(a: CountRange, b: CountRange): Exclude<TollRelation, "unknown"> {
  const [lo, hi] = a.low <= b.low ? [a, b] : [b, a];
  if (lo.high === null || hi.low <= lo.high) return "agree";
  return hi.low <= RISE * lo.high + RISE_SLACK ? "differs" : "irreconcilable";
}

export function compareTolls(a: Toll, b: Toll): TollRelation {
  const relations: TollRelation[] = [];
  for (const kind of ["killed", "wounded"] as const) {
    const ra = a[kind];
    const rb = b[kind];
    if (ra && rb) relations.push(compareRanges(ra, rb));
  }
  if (relations.includes("irreconcilable")) return "irreconcilable";
  if (relations.includes("differs")) return "differs";
  return relations.length ? "agree" : "unknown";
}

/** The range holding every figure of one kind. */
export function tollRange(counts: readonly { low: number | null; high: number | null }[]): CountRange | null {
  const known = counts.filter((c) => c.low !== null || c.high !== null);
  if (!known.length) return null;
  const high = known.some((c) => c.high === null) ? null : Math.max(...known.map((c) => c.high as number));
  return { low: Math.min(...known.map((c) => c.low ?? c.high ?? 0)), high };
}
