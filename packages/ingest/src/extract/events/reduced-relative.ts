import type { Token } from "../linguistic/index.ts";

const SET_OFF = /^(?:,|–|—|-|\()$/;

/**
 * "The gunman, shot dead by police, ...", "the mayor – kidnapped by rebels –": a participle set off right after a
 * phrase, with its own "by" agent, is a passive told of that phrase, though no "was" stands before it.
 */
export function reducedRelative(tokens: readonly Token[], ti: number): boolean {
  const t = tokens[ti];
  const prev = tokens[ti - 1];
  if (!t || !prev || !SET_OFF.test(prev.text)) return false;
  const before = tokens[ti - 2];
  return (
    !!before && /^(?:NOUN|PROPN)$/.test(before.pos) && /(?:ed|shot|hit|struck|slain|taken|shot down)$/.test(t.lower)
  );
}
