import type { Token } from "../linguistic/index.ts";

const STOP = new Set([";", ":", "said", "says", "told", "reported", "added", "announced", "stated", "which", "who"]);
const MAX_ADJUNCTS = 20;

/**
 * "was kidnapped on Monday on the outskirts of Tunja, 40 km from the capital, by armed men": between a passive verb
 * and a far "by" stand only the place and time adjuncts of that verb (no verb, no new clause), so the agent is its own.
 */
export function onlyAdjunctsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > MAX_ADJUNCTS) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "CCONJ" || STOP.has(t.lower))
      return false;
  }
  return true;
}
