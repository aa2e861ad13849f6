import { describe, expect, test } from "vitest";
import { MAX_SENTENCE_CHARS, sentenceSpans } from "./sentences.ts";

const texts = (t: string) => sentenceSpans(t).map((s) => t.slice(s.start, s.end));

describe("sentenceSpans", () => {
  test("splits prose at sentence ends, keeping abbreviations", () => {
    expect(texts("U.S. officials said it. Sen. Ozerov disagreed.")).toEqual([
      "U.S. officials said it.",
      "Sen. Ozerov disagreed.",
    ]);
  });
  test("ends a sentence at a line break", () => {
    expect(texts("Headline without stop\nBody starts here.")).toEqual(["Headline without stop", "Body starts here."]);
  });
  test("maps offsets exactly through curly quotes and odd spacing", () => {
    const t = "“Quoted,” he said.   Next  one.\n\n  Last";
    for (const s of sentenceSpans(t)) expect(t.slice(s.start, s.end).trim()).toBe(t.slice(s.start, s.end));
    expect(texts(t)).toEqual(["“Quoted,” he said.", "Next  one.", "Last"]);
  });
  test("caps very long sentences", () => {
    const spans = sentenceSpans("word ".repeat(2000));
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
  });
  test("never throws and returns nothing for blank text", () => {
    expect(sentenceSpans("")).toEqual([]);
    expect(sentenceSpans(" \n\t ")).toEqual([]);
  });
});
