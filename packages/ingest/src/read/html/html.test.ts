import { describe, expect, test } from "vitest";
import { htmlToArticle } from "./html.ts";

const page = `<!doctype html><html><head>
<title>Strike near At Tanf - Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://example.com/a">
<meta property="article:published_time" content="2017-06-08T14:00:00Z">
<meta name="author" content="Jane Doe">
<style>p { color: red }</style><script>var x = "not text";</script>
</head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
<article>
  <h1>Coalition strikes again</h1>
  <p>The coalition struck
     pro-regime forces on Thursday.</p>
  <p>Officials said two technicals were destroyed &amp; one damaged.<br>A second line.</p>
  <aside>Related: other story</aside>
  <form><input name="q"> Subscribe now</form>
</article>
<footer>© Example News</footer>
</body></html>`;

describe("htmlToArticle", () => {
  const a = htmlToArticle(page);

  describe("metadata", () => {
    test("takes the title from <title>, without the outlet's name", () => expect(a.title).toBe("Strike near At Tanf"));
    test("takes outlet and URL from Open Graph", () => {
      expect(a.outlet).toBe("Example News");
      expect(a.url).toBe("https://example.com/a");
    });
    test("takes the day from article:published_time", () => expect(a.publishedAt).toBe("2017-06-08"));
    test("takes a byline from the author meta tag", () => expect(a.byline).toBe("Jane Doe"));
    test("falls back to the canonical link and a plain date meta tag", () => {
      const b = htmlToArticle(
        `<head><link rel="canonical" href="https://x.org/b"><meta name="date" content="2016-04-02"></head><body><p>x</p></body>`,
      );
      expect([b.url, b.publishedAt]).toEqual(["https://x.org/b", "2016-04-02"]);
    });
  });

  describe("main text", () => {
    test("keeps paragraphs apart and joins wrapped lines", () =>
      expect(a.text).toBe(
        "Coalition strikes again\n\nThe coalition struck pro-regime forces on Thursday.\n\n" +
          "Officials said two technicals were destroyed & one damaged.\nA second line.",
      ));
    test("drops navigation, asides, forms, scripts and styles", () => {
      for (const noise of ["Home", "Related", "Subscribe", "not text", "color", "©"])
        expect(a.text).not.toContain(noise);
    });
    test("prefers <main> over the rest of the body when there is no <article>", () => {
      const b = htmlToArticle("<body><div>Menu</div><main><p>Story.</p></main><div>Ads</div></body>");
      expect(b.text).toBe("Story.");
    });
    test("uses the whole body, and reads a fragment without <body>", () => {
      expect(htmlToArticle("<body><p>One.</p><p>Two.</p></body>").text).toBe("One.\n\nTwo.");
      expect(htmlToArticle("<p>Only a fragment.</p>").text).toBe("Only a fragment.");
    });
  });
  describe("hostile pages", () => {
    test("a page nested thousands deep is read by its structure, furniture still left out", () => {
      const deep = `<html><body><nav>Menu</nav>${"<div>".repeat(3000)}<p>Story.</p>${"</div>".repeat(3000)}<aside>Ads</aside></body></html>`;
      expect(htmlToArticle(deep).text).toBe("Story.");
    });
  });
});
