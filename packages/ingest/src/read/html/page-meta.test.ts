import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { pageMeta } from "./page-meta.ts";
import { titleWithoutOutlet } from "./title.ts";

const meta = (head: string, body = "<p>x</p>") =>
  pageMeta(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document);
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe("pageMeta", () => {
  describe("priority", () => {
    const all =
      ld({
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "WebPage", name: "Page" },
          {
            "@type": "NewsArticle",
            headline: "LD headline",
            datePublished: "2020-01-01T23:30:00-05:00",
            author: [{ name: "A One" }, { name: "B Two" }],
            publisher: { name: "LD Outlet" },
          },
        ],
      }) +
      `<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Outlet"><meta property="article:published_time" content="2020-02-02"><meta name="author" content="Meta Author"><title>Tag title</title>`;

    test("JSON-LD NewsArticle beats OpenGraph and <meta>", () =>
      expect(meta(all)).toMatchObject({
        title: "LD headline",
        outlet: "LD Outlet",
        publishedAt: "2020-01-01",
        byline: "A One and B Two",
      }));
    test("OpenGraph beats <meta> and <title> when there is no JSON-LD", () =>
      expect(meta(all.replace(/<script.*<\/script>/, ""))).toMatchObject({
        title: "OG title",
        outlet: "OG Outlet",
        publishedAt: "2020-02-02",
        byline: "Meta Author",
      }));
    test("<time> gives the date when no tag does", () =>
      expect(
        meta("<title>T</title>", `<article><time datetime="2019-03-04T10:00:00Z">4 March</time><p>x</p></article>`)
          .publishedAt,
      ).toBe("2019-03-04"));
    test("a broken JSON-LD block is skipped", () =>
      expect(
        meta(`<script type="application/ld+json">{not json</script><meta property="og:title" content="OG">`).title,
      ).toBe("OG"));
  });

  describe("title", () => {
    test("prefers the page's <h1> when <title> holds it with a section and the site", () =>
      expect(
        meta(
          "<title>World | Army repels attack on the bridge | Desk</title>",
          "<h1>Army repels attack on the bridge</h1>",
        ).title,
      ).toBe("Army repels attack on the bridge"));
  });
});

describe("titleWithoutOutlet", () => {
  test.each([
    ["Strike hits depot | The Post", "The Post", "Strike hits depot"],
    ["Strike hits depot - Post", "The Post", "Strike hits depot"],
    ["The Post: Strike hits depot", "The Post", "Strike hits depot"],
    ["Strike hits depot | World news | The Post", "The Post", "Strike hits depot | World news"],
    ["Kyiv - a city under fire", "The Post", "Kyiv - a city under fire"],
    ["Strike hits fuel depot overnight | Desk", null, "Strike hits fuel depot overnight"],
    ["Ceasefire: what we know", null, "Ceasefire: what we know"],
  ])("%s (outlet %s) → %s", (raw, outlet, want) => expect(titleWithoutOutlet(raw, outlet)).toBe(want));
});
