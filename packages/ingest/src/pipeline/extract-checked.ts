import { type Article, type Extraction, ExtractionSchema, spanInside } from "@deconflict/domain";
import * as v from "valibot";
import { ReadError } from "../read/errors.ts";

export type Extractor = (article: Article) => Extraction;

let loaded: Extractor | null = null;

/** The extractor, imported on first use: its language model is slow to load and unchanged files never need it. */
export async function loadExtractor(): Promise<Extractor> {
  loaded ??= (await import("../extract/index.ts")).extractArticle;
  return loaded;
}

/** The extractor if already loaded, else null. */
export function loadedExtractor(): Extractor | null {
  return loaded;
}

/** Runs the extractor and checks its output at this edge: valid domain objects, every span inside the text. */
export function extractChecked(article: Article, extract: Extractor): Extraction {
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
