// The linguistic layer: tokens, POS tags, noun-phrase chunks and truecasing, per sentence. Every offset is an
// offset into the original text. See README.md.
export { type Casing, casingOf, truecase, truecaseWord } from "./casing.ts";
export { type Chunk, nounChunks } from "./chunks.ts";
export { type AnalysedSentence, analyseSentence, chunkText } from "./sentence.ts";
export { type Pos, type TaggedSentence, type Token, tagSentence } from "./tokens.ts";
