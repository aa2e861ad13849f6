import { type AnalysedSentence, type Chunk, truecaseWord } from "../linguistic/index.ts";

/**
 * "Twin blasts shook the port", "Several cars burned": a one-word phrase that opens the sentence is capitalised by its place,
 * not because it is a name. Casing statistics say whether the word is usually written in lower case.
 */
export function capitalOnlyAtStart(s: AnalysedSentence, c: Chunk): boolean {
  if (c.first !== c.last) return false;
  const prev = s.tokens[c.first - 1];
  if (prev && !/^["“‘'([—–-]$/.test(prev.text)) return false;
  // A word the statistics do not know keeps its capital: "Jundallah claimed" is a name.
  const word = s.tokens[c.first]?.text ?? "";
  return /^[a-z]/.test(truecaseWord(word, "keep"));
}
