import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { blockText } from "../read/html/block-text.ts";
import { htmlToArticle } from "../read/html/html.ts";

/** One scored page: main-text token F1 (0–100) and whether the title came out exactly. */
export interface PageScore {
  name: string;
  f1: number;
  titleExact: boolean;
  title: string | null;
  expectedTitle: string | null;
}

export interface PagesReport {
  pages: PageScore[];
  /** Mean token F1 over the pages, 0–100. */
  meanF1: number;
  /** Share of pages whose title is exactly right, 0–100. */
  titleRate: number;
}

/** Lower-cased word tokens: punctuation and markup spacing never count. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token F1 of a text against the expected one, as a bag of words (0–100). */
export function tokenF1(got: string, expected: string): number {
  const want = new Map<string, number>();
  for (const t of tokens(expected)) want.set(t, (want.get(t) ?? 0) + 1);
  const gotTokens = tokens(got);
  let overlap = 0;
  for (const t of gotTokens) {
    const left = want.get(t) ?? 0;
    if (left > 0) {
      overlap++;
      want.set(t, left - 1);
    }
  }
  const expectedCount = tokens(expected).length;
  if (gotTokens.length === 0 || expectedCount === 0) return gotTokens.length === expectedCount ? 100 : 0;
  const precision = overlap / gotTokens.length;
  const recall = overlap / expectedCount;
  return precision + recall === 0 ? 0 : (200 * precision * recall) / (precision + recall);
}

/** The first of these files that exists in the folder, or null. */
function firstIn(folder: string, names: readonly string[]): string | null {
  for (const name of names) if (existsSync(join(folder, name))) return join(folder, name);
  return null;
}

/**
 * Scores every page folder under `dir`: the source (`page.html`), the article text (`expected.txt`) and the
 * title (`expected.json`). Mozilla Readability's test-page layout (`source.html`, `expected.html`,
 * `expected-metadata.json`) is read too, so the fixtures and any private set of real pages score the same way.
 */
export function scorePages(dir: string): PagesReport {
  const pages: PageScore[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    const source = firstIn(folder, ["page.html", "source.html"]);
    const text = firstIn(folder, ["expected.txt", "expected.html"]);
    if (!source || !text) continue;
    const got = htmlToArticle(readFileSync(source, "utf8"));
    const raw = readFileSync(text, "utf8");
    const expected = text.endsWith(".html")
      ? blockText(parseHTML(`<html><body>${raw}</body></html>`).document.body)
      : raw;
    const metaPath = firstIn(folder, ["expected.json", "expected-metadata.json"]);
    const expectedTitle = metaPath
      ? ((JSON.parse(readFileSync(metaPath, "utf8")) as { title?: string | null }).title ?? null)
      : null;
    pages.push({
      name,
      f1: tokenF1(got.text, expected),
      titleExact: got.title === expectedTitle,
      title: got.title,
      expectedTitle,
    });
  }
  const n = Math.max(1, pages.length);
  return {
    pages,
    meanF1: pages.reduce((s, p) => s + p.f1, 0) / n,
    titleRate: (100 * pages.filter((p) => p.titleExact).length) / n,
  };
}
