import { absoluteDay } from "../dates/absolute.ts";

export interface BylineInfo {
  byline: string | null;
  publishedAt: string | null;
}

// "By Patrick Goodenough | June 7, 2017 | 4:40am EDT", "By Jane Doe, Reuters", "Published: 7 June 2017".
const BY = /^by\s+([a-z][\w.'’-]*(?:\s+(?:[a-z][\w.'’-]*|and|&)){0,5})\s*(?:$|[|,–—-]\s*(.*)$)/i;
// "By the end of the day, the brigade had ...", "By noon, ...": a sentence that opens with "by" and a time.
const NOT_A_NAME =
  /^(?:the|a|an|this|that|these|those|then|now|noon|midnight|dawn|dusk|nightfall|sunset|sunrise|early|late|mid|last|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d)\b/i;
const DATED = /^(?:published|posted|updated|last updated|date)\s*[:|-]?\s*(.+)$/i;

/** Byline and dateline from one header line, or null when the line is neither. */
export function parseBylineLine(line: string): BylineInfo | null {
  const t = line.trim();
  if (!t || t.length > 160) return null;
  const by = BY.exec(t);
  if (by && !NOT_A_NAME.test(by[1] ?? ""))
    return { byline: (by[1] ?? "").trim() || null, publishedAt: by[2] ? absoluteDay(by[2]) : absoluteDay(t) };
  const dated = DATED.exec(t);
  if (dated) {
    const day = absoluteDay(dated[1] ?? "");
    if (day) return { byline: null, publishedAt: day };
  }
  // A bare dateline: the line is only a date (and maybe a time).
  if (t.length <= 60 && !/[.!?]\s*$/.test(t.replace(/\b(?:a\.m|p\.m)\.$/i, ""))) {
    const day = absoluteDay(t);
    if (day && /^[\w ,./:|-]+$/.test(t) && t.split(/\s+/).length <= 8) return { byline: null, publishedAt: day };
  }
  return null;
}
