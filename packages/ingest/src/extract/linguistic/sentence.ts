import type { Span } from "@deconflict/domain";
import type { Casing } from "./casing.ts";
import { type Chunk, nounChunks } from "./chunks.ts";
import { type TaggedSentence, tagSentence } from "./tokens.ts";

export interface AnalysedSentence extends TaggedSentence {
  chunks: Chunk[];
}

/** Tokens, POS tags and noun-phrase chunks of `text[span)`. */
export function analyseSentence(
  text: string,
  span: Span,
  casing?: Casing,
  barrier?: (i: number) => boolean,
): AnalysedSentence {
  const tagged = tagSentence(text, span, casing);
  return { ...tagged, chunks: nounChunks(tagged.tokens, barrier) };
}

/** A chunk's words as the text has them. */
export function chunkText(text: string, chunk: Span): string {
  return text.slice(chunk.start, chunk.end);
}
