// The page fixtures (packages/ingest/fixtures/pages) as routes of the test server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HTML, type Route } from "./server.ts";

const PAGES = fileURLToPath(new URL("../../fixtures/pages", import.meta.url));

export interface FixturePage {
  html: string;
  text: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
}

export function fixturePage(name: string): FixturePage {
  const meta = JSON.parse(readFileSync(join(PAGES, name, "expected.json"), "utf8")) as Omit<
    FixturePage,
    "html" | "text"
  >;
  return {
    ...meta,
    html: readFileSync(join(PAGES, name, "page.html"), "utf8"),
    text: readFileSync(join(PAGES, name, "expected.txt"), "utf8").trim(),
  };
}

/** A fixture page served as HTML with an ETag, so a second fetch can be answered 304. */
export function pageRoute(name: string): Route {
  return { headers: HTML, body: fixturePage(name).html, etag: `"${name}-v1"` };
}
