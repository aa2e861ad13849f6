import type { Span } from "@deconflict/domain";
import { type Casing, casingOf, truecase } from "./casing.ts";
import { wink } from "./wink.ts";

/** Universal POS tags as wink-nlp gives them. */
export type Pos =
  | "ADJ"
  | "ADP"
  | "ADV"
  | "AUX"
  | "CCONJ"
  | "DET"
  | "INTJ"
  | "NOUN"
  | "NUM"
  | "PART"
  | "PRON"
  | "PROPN"
  | "PUNCT"
  | "SCONJ"
  | "SYM"
  | "VERB"
  | "X"
  | "SPACE";

export interface Token {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** The token as the text has it. */
  text: string;
  /** The token in its usual casing (truecased); equals `text` in mixed-case copy. Same length as `text`. */
  cased: string;
  lower: string;
  pos: Pos;
}

export interface TaggedSentence extends Span {
  casing: Casing;
  tokens: Token[];
}

// Past this a "sentence" is a run-on blob (one-line dumps, tables): it is tagged in windows of this size.
const WINDOW = 4000;

/**
 * Tokens with POS tags for `text[span)`. All-caps and lower-cased sentences are truecased before tagging, so
 * "GUERRILLAS ATTACKED" tags as noun + verb; every token keeps its offsets into the original text.
 */
export function tagSentence(text: string, span: Span, casing?: Casing): TaggedSentence {
  const c = casing ?? casingOf(text, span.start, span.end);
  const tokens: Token[] = [];
  for (let from = span.start; from < span.end; from += WINDOW) {
    const to = Math.min(span.end, from + WINDOW);
    tagWindow(text, from, to, c, tokens);
  }
  return { start: span.start, end: span.end, casing: c, tokens };
}

function tagWindow(text: string, from: number, to: number, casing: Casing, into: Token[]): void {
  const cased = truecase(text, from, to, casing);
  const doc = wink().readDoc(cased);
  const its = wink().its;
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? "";
    if (!v) continue;
    const at = cased.indexOf(v, cursor);
    // wink can normalise a token (rarely): keep the offsets honest by skipping what cannot be placed.
    if (at < 0) continue;
    cursor = at + v.length;
    const start = from + at;
    const original = text.slice(start, start + v.length);
    into.push({
      start,
      end: start + v.length,
      text: original,
      cased: v,
      lower: v.toLowerCase(),
      pos: (tags[i] ?? "X") as Pos,
    });
  }
}
