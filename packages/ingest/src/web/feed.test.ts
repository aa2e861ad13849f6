import { describe, expect, test } from "vitest";
import { parseFeedText } from "./feed.ts";

describe("parseFeedText", () => {
  test("reads RSS 2.0: link, guid key, title and the pubDate as an ISO day", () => {
    const feed = parseFeedText(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
        <item><title>A</title><link>https://n.example/a</link><guid isPermaLink="false">id-a</guid><pubDate>Thu, 08 Jun 2017 22:30:00 GMT</pubDate></item>
        <item><title>B</title><guid>https://n.example/b</guid></item>
        <item><title>C</title><link>/c</link></item>
        <item><title>No link</title></item>
      </channel></rss>`,
      "https://n.example/rss.xml",
    );
    expect(feed.title).toBe("World");
    expect(feed.items).toEqual([
      { link: "https://n.example/a", key: "id-a", title: "A", publishedAt: "2017-06-08" },
      { link: "https://n.example/b", key: "https://n.example/b", title: "B", publishedAt: null },
      { link: "https://n.example/c", key: "https://n.example/c", title: "C", publishedAt: null },
      { link: null, key: "#4", title: "No link", publishedAt: null },
    ]);
  });

  test("reads RSS 1.0 (RDF) with a Dublin Core date", () => {
    const feed = parseFeedText(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://n.example/"><title>Desk</title><link>https://n.example/</link></channel>
        <item rdf:about="https://n.example/a"><title>A</title><link>https://n.example/a</link><dc:date>2017-06-08T10:00:00Z</dc:date></item>
      </rdf:RDF>`,
      null,
    );
    expect(feed.items).toEqual([
      { link: "https://n.example/a", key: "https://n.example/a", title: "A", publishedAt: "2017-06-08" },
    ]);
  });

  test("reads Atom: the alternate link, the id as key, published before updated", () => {
    const feed = parseFeedText(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Desk</title>
        <entry><id>urn:a</id><title>A</title><link rel="self" href="https://n.example/a.atom"/><link rel="alternate" href="https://n.example/a"/>
          <published>2017-06-07T10:00:00Z</published><updated>2017-06-09T10:00:00Z</updated></entry>
      </feed>`,
      null,
    );
    expect(feed).toEqual({
      title: "Desk",
      items: [{ link: "https://n.example/a", key: "urn:a", title: "A", publishedAt: "2017-06-07" }],
    });
  });

  test("refuses what is not RSS or Atom with one clear reason", () => {
    expect(() => parseFeedText("<html><body>moved</body></html>", null)).toThrow(
      /^not a feed: the document is not RSS or Atom XML$/,
    );
    expect(() => parseFeedText("", null)).toThrow(/not a feed/);
    expect(() => parseFeedText(`<?xml version="1.0"?><note>hi</note>`, null)).toThrow(/not a feed/);
  });
});
