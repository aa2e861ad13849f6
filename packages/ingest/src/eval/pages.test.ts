import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { scorePages, tokenF1 } from "./page-score.ts";

const PAGES = fileURLToPath(new URL("../../fixtures/pages", import.meta.url));
const floors = (
  JSON.parse(readFileSync(new URL("./thresholds.json", import.meta.url), "utf8")) as {
    pages: { mainTextF1: number; exactTitles: number };
  }
).pages;

describe("page fixtures", () => {
  const report = scorePages(PAGES);

  test("cover many real-world layouts", () => expect(report.pages.length).toBeGreaterThanOrEqual(20));

  test("main-text token F1 holds the figure reached (target 97)", () => {
    expect(report.meanF1).toBeGreaterThanOrEqual(Math.max(97, floors.mainTextF1) - 1e-9);
  });

  test("exact-title rate holds the figure reached (target 95%)", () => {
    expect(report.titleRate).toBeGreaterThanOrEqual(Math.max(95, floors.exactTitles) - 1e-9);
  });

  test.each(report.pages.map((p) => [p.name, p] as const))("%s keeps its text", (_name, page) => {
    expect(page.f1).toBeGreaterThanOrEqual(95);
  });
});

describe("tokenF1", () => {
  test("is 100 for the same words whatever the spacing and punctuation", () =>
    expect(tokenF1("One, two\n\nthree.", "one two three")).toBe(100));
  test("counts extra words against precision and missing ones against recall", () => {
    expect(tokenF1("a b c d", "a b")).toBeCloseTo(66.67, 1);
    expect(tokenF1("a", "a b c")).toBeCloseTo(50, 1);
  });
  test("is 0 for nothing against something", () => expect(tokenF1("", "a")).toBe(0));
});
