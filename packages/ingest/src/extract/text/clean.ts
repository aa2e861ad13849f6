import { parseBylineLine } from "./byline.ts";
import { isResidueLine } from "./residue.ts";

export interface CleanedArticle {
  /** The article prose; every span of the extraction points into it. */
  text: string;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
}

const MAX_TITLE_CHARS = 200;
// Header lines (title, byline, dateline, caption) sit in the first few lines of a scraped page.
const HEADER_LINES = 6;

/**
 * Drops whole residue lines (so the kept prose is unchanged), and lifts the title, byline and dateline
 * out of the header when the metadata lacks them.
 */
export function cleanArticle(raw: string, knownTitle: string | null): CleanedArticle {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  let title: string | null = null;
  let byline: string | null = null;
  let publishedAt: string | null = null;
  let seen = 0;
  const contentLines = lines.filter((l) => l.trim()).length;
  for (const line of lines) {
    const t = line.trim();
    if (!t) {
      kept.push("");
      continue;
    }
    seen++;
    if (isResidueLine(t)) continue;
    if (seen <= HEADER_LINES) {
      if (seen === 1 && contentLines > 1 && isTitleLine(t, knownTitle)) {
        title = t;
        continue;
      }
      const info = parseBylineLine(t);
      if (info) {
        byline ??= info.byline;
        publishedAt ??= info.publishedAt;
        continue;
      }
    }
    kept.push(line.replace(/\s+$/, ""));
  }
  const text = kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, title, byline, publishedAt };
}

// A headline: short, no final period, not a quote; or the line that repeats the known title.
function isTitleLine(line: string, knownTitle: string | null): boolean {
  if (knownTitle && normal(line) === normal(knownTitle)) return true;
  if (line.length > MAX_TITLE_CHARS || line.split(/\s+/).length > 25) return false;
  // A headline may end in a quotation ('UN warns of "catastrophe"'), not in a full stop.
  return !/[.:;,]["“”’']?$/.test(line) || /[?!]["”’']?$/.test(line);
}

function normal(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}
