import { describe, expect, test } from "vitest";
import { markdownToArticle } from "./markdown.ts";

describe("markdownToArticle", () => {
  test("takes the first H1 as the title and keeps paragraphs", () => {
    const md = "# Strike at Tanf\n\nThe **coalition** struck _again_.\n\nSecond paragraph.";
    expect(markdownToArticle(md)).toEqual({
      title: "Strike at Tanf",
      text: "Strike at Tanf\n\nThe coalition struck again.\n\nSecond paragraph.",
    });
  });

  test("keeps link words, drops images, list and quote marks, code fences", () => {
    const md = "![map](m.png)\n- See [the report](http://x.org) `now`\n> quoted line\n```\ncode kept\n```";
    expect(markdownToArticle(md).text).toBe("See the report now\nquoted line\ncode kept");
  });

  test("reads a front-matter title and drops the rest of it", () => {
    expect(markdownToArticle('---\ntitle: "Hello"\ndate: 2017\n---\nBody.')).toEqual({ title: "Hello", text: "Body." });
  });

  test("leaves snake_case words and arithmetic alone", () => {
    expect(markdownToArticle("some_var and 2 * 3 * 4").text).toBe("some_var and 2 * 3 * 4");
  });
});
