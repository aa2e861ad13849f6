import type { Rng } from "./prng.ts";
import type { Report } from "./report.ts";

export type FileFormat = "txt" | "md" | "html";

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function asText(r: Report, lower: boolean): string {
  const head = [r.title, "", ...(r.byline ? [r.byline] : [])];
  const body = [...head, ...r.paragraphs.flatMap((p) => [p, ""])].join("\n");
  // Some scrapers lower-case everything; the extractor must cope.
  return lower ? body.toLowerCase() : body;
}

function asMarkdown(r: Report): string {
  return [`# ${r.title}`, "", ...(r.byline ? [`*${r.byline}*`, ""] : []), ...r.paragraphs.flatMap((p) => [p, ""])].join(
    "\n",
  );
}

function asHtml(rng: Rng, r: Report, url: string): string {
  const e = escapeHtml;
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${e(r.title)} | ${e(r.outlet)}</title>`,
    `<meta property="og:site_name" content="${e(r.outlet)}">`,
    `<meta property="article:published_time" content="${r.publishedAt}T${String(rng.int(0, 23)).padStart(2, "0")}:00:00Z">`,
    `<link rel="canonical" href="${e(url)}">`,
    "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>",
    "<style>body{font-family:serif}.ad{display:none}</style>",
    "</head><body>",
    '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/middle-east">Middle East</a></nav>',
    `<article><h1>${e(r.title)}</h1>`,
    ...(r.byline ? [`<p class="byline">${e(r.byline)}</p>`] : []),
    ...r.paragraphs.map((p) => `<p>${e(p)}</p>`),
    "</article>",
    '<aside class="ad">Advertisement</aside>',
    "<footer>&copy; All rights reserved.</footer>",
    "</body></html>",
    "",
  ].join("\n");
}

/** Lays a report out as a file's contents in the chosen format. */
export function renderFile(rng: Rng, r: Report, format: FileFormat, url: string): string {
  if (format === "html") return asHtml(rng, r, url);
  if (format === "md") return asMarkdown(r);
  return asText(r, rng.chance(0.03));
}
