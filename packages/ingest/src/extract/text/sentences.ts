import type { Span } from "@deconflict/domain";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

const nlp = winkNLP(model);
const its = nlp.its;

/** Sentence spans of a text, as wink-nlp finds them, mapped back to character offsets. */
export function sentenceSpans(text: string): Span[] {
  const doc = nlp.readDoc(text);
  const spans: Span[] = [];
  let cursor = 0;
  doc.sentences().each((sentence: { out: (f: unknown) => string }) => {
    const raw = sentence.out(its.value);
    const start = text.indexOf(raw.trim().slice(0, 20), cursor);
    if (start < 0) return;
    const end = Math.min(text.length, start + raw.trim().length);
    spans.push({ start, end });
    cursor = end;
  });
  return spans;
}
