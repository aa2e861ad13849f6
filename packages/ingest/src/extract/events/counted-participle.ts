import type { AnalysedSentence, Chunk } from "../linguistic/index.ts";

/**
 * "by five paid mercenaries", "by two hooded men": a count, a participle and the noun they modify are one phrase,
 * though the tagger reads the participle as a verb and the chunker splits the phrase around it. Returns the whole
 * phrase, headed by the noun, or the chunk as it was.
 */
export function withCountedParticiple(s: AnalysedSentence, chunks: readonly Chunk[], c: Chunk): Chunk {
  if (c.first !== c.last || s.tokens[c.head]?.pos !== "NUM") return c;
  const participle = s.tokens[c.last + 1];
  if (participle?.pos !== "VERB" || /ing$/.test(participle.lower)) return c;
  const noun = chunks.find((x) => x.first === c.last + 2);
  if (!noun || noun.pronoun) return c;
  return { ...noun, start: c.start, first: c.first };
}
