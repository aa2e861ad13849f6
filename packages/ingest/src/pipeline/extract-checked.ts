import { type Article, type Extraction, ExtractionSchema, spanInside } from "@deconflict/domain";
import * as v from "valibot";
import { extractArticle } from "../extract/index.ts";
import { ReadError } from "../read/errors.ts";

/** Runs the extractor and checks its output at this edge: valid domain objects, every span inside the text. */
export function extractChecked(article: Article, extract: (a: Article) => Extraction = extractArticle): Extraction {
  let extraction: Extraction;
  try {
    extraction = extract(article);
  } catch (e) {
    throw new ReadError("extraction-failed", `extraction failed: ${(e as Error).message ?? String(e)}`);
  }
  const parsed = v.safeParse(ExtractionSchema, extraction);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new ReadError(
      "extraction-failed",
      `extractor returned invalid output at ${issue ? v.getDotPath(issue) : "?"}: ${issue?.message ?? "invalid"}`,
    );
  }
  const bad = spansOf(parsed.output).find((s) => !spanInside(s, parsed.output.text));
  if (bad)
    throw new ReadError("extraction-failed", `extractor returned a span [${bad.start}, ${bad.end}) outside the text`);
  return parsed.output;
}

function spansOf(x: Extraction) {
  return [
    ...x.mentions.flatMap((m) => [
      m.span,
      ...m.forces.map((f) => f.span),
      ...m.casualties.map((c) => c.span),
      ...m.escalation.map((e) => e.span),
    ]),
    ...x.claims.map((c) => c.span),
  ];
}
