import { describe, expect, test } from "vitest";
import { cleanArticle } from "./clean.ts";

describe("cleanArticle", () => {
  describe("drops scraping residue", () => {
    test("share, reply and footer lines", () => {
      const raw =
        "Headline here\n\nBody sentence one.\n\nShare this article\nLeave a Reply\nYour email address will not be published. Required fields are marked *\nExit mobile version\nMRC Store";
      expect(cleanArticle(raw, null).text).toBe("Body sentence one.");
    });
    test("photo captions with credits", () => {
      const raw =
        "Title line\nA jet flies over the base. (Photo: Air Force/Staff Sgt. X)\n\nThe strike came on Tuesday.";
      expect(cleanArticle(raw, null).text).toBe("The strike came on Tuesday.");
    });
  });

  describe("reads the header", () => {
    test("title, byline and dateline", () => {
      const raw =
        "US-Led Coalition Again Bombs Forces\n\nBy Patrick Goodenough | June 7, 2017 | 4:40am EDT\nThe coalition said so.";
      expect(cleanArticle(raw, null)).toEqual({
        text: "The coalition said so.",
        title: "US-Led Coalition Again Bombs Forces",
        byline: "Patrick Goodenough",
        publishedAt: "2017-06-07",
      });
    });
    test("a headline ending in a quotation", () => {
      expect(cleanArticle('Shelling kills 14 as UN warns of "catastrophe"\n\nBody.', null).title).toBe(
        'Shelling kills 14 as UN warns of "catastrophe"',
      );
    });
    test("a lower-cased dateline", () => {
      expect(cleanArticle("title\npublished: 12 june 2024\nbody text.", null).publishedAt).toBe("2024-06-12");
    });
    test("keeps a one-line article whole", () => {
      expect(cleanArticle("Just one line", null)).toMatchObject({ text: "Just one line", title: null });
    });
  });
});

describe("a sentence that opens with 'by' and a time", () => {
  test("is prose, not a byline", () => {
    const raw =
      "Headline of the day\n\nBy the end of the week, rebels had taken the town.\nBy noon, the road was shut.";
    const out = cleanArticle(raw, null);
    expect(out.byline).toBeNull();
    expect(out.text).toContain("By the end of the week, rebels had taken the town.");
    expect(out.text).toContain("By noon, the road was shut.");
  });
});
