import { describe, expect, test } from "vitest";
import { decodeHtml, readWebPage } from "./web-page.ts";

const story = (aside: string) =>
  Buffer.from(
    `<html><head><title>Depot hit | Desk</title><meta property="og:site_name" content="Desk"></head><body><article><p>A drone hit a fuel depot near the port on Sunday, officials said, and three tanks burned for hours.</p><p>Firefighters put out the blaze by noon.</p></article><aside>${aside}</aside></body></html>`,
  );

describe("readWebPage", () => {
  test("reads a page as an article under the URL it was asked for", () => {
    const read = readWebPage(
      { url: "https://n.example/a", body: story("x"), contentType: "text/html" },
      { publishedAt: "2023-05-14" },
    );
    expect(read.article).toMatchObject({
      title: "Depot hit",
      outlet: "Desk",
      url: "https://n.example/a",
      publishedAt: "2023-05-14",
    });
    expect(read.originPath).toBe("https://n.example/a");
  });

  test("hashes the readable article, so furniture that changes on every load is not a new version", () => {
    const a = readWebPage({ url: "u", body: story("Most read: one"), contentType: "text/html" });
    const b = readWebPage({ url: "u", body: story("Most read: two"), contentType: "text/html" });
    expect(a.contentHash).toBe(b.contentHash);
  });

  test("refuses what is not HTML, and a page with no text", () => {
    expect(() => readWebPage({ url: "u", body: Buffer.from("%PDF-1.7"), contentType: "application/pdf" })).toThrow(
      "not a web page: application/pdf",
    );
    expect(() => readWebPage({ url: "u", body: Buffer.from("%PDF-1.7"), contentType: null })).toThrow(
      "not a web page: the body is not HTML",
    );
    expect(() =>
      readWebPage({
        url: "u",
        body: Buffer.from("<html><body><script>x</script></body></html>"),
        contentType: "text/html",
      }),
    ).toThrow("no article text found in the page");
  });
});

describe("decodeHtml", () => {
  const latin1 = Buffer.from([
    0x3c, 0x70, 0x3e, 0x4d, 0xe9, 0x64, 0x65, 0x63, 0x69, 0x6e, 0x73, 0x3c, 0x2f, 0x70, 0x3e,
  ]); // <p>Médecins</p>
  test("honours the charset the server names", () =>
    expect(decodeHtml(latin1, "text/html; charset=windows-1252")).toBe("<p>Médecins</p>"));
  test("else the page's <meta charset>", () =>
    expect(decodeHtml(Buffer.concat([Buffer.from('<meta charset="iso-8859-1">'), latin1]), "text/html")).toContain(
      "Médecins",
    ));
  test("else UTF-8, and an unknown charset name falls back to it", () =>
    expect(decodeHtml(Buffer.from("<p>Київ</p>"), "text/html; charset=x-unknown")).toBe("<p>Київ</p>"));
});
