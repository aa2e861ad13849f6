import type { Span } from "@deconflict/domain";
import { findQuotes } from "./quotes.ts";

/** A sentence (or a run of sentences one quote spans), trimmed, inside one paragraph. */
export interface Unit {
  start: number;
  end: number;
  /** Paragraph number: units in one paragraph share it. */
  paragraph: number;
}

// Sentences longer than this are not prose (tables, garbage, one-line dumps) and are skipped for claims.
export const MAX_UNIT = 4000;
// A quote may span at most this many sentences before we stop merging.
const MAX_MERGE = 6;

/** Units of `text` from the given sentence spans: split at line breaks, merged while a quote is open. */
export function buildUnits(text: string, sentences: readonly Span[]): Unit[] {
  const pieces = sentences.length > 0 ? clampSentences(text, sentences) : fallbackSentences(text);
  const split: Span[] = [];
  for (const s of pieces) splitAtLineBreaks(text, s, split);
  const paragraphs = paragraphStarts(text);
  const units: Unit[] = [];
  let p = 0;
  for (const s of split) {
    while (p + 1 < paragraphs.length && (paragraphs[p + 1] as number) <= s.start) p++;
    units.push({ start: s.start, end: s.end, paragraph: p });
  }
  return mergeOpenQuotes(text, mergeAbbreviations(text, units));
}

function clampSentences(text: string, sentences: readonly Span[]): Span[] {
  const out: Span[] = [];
  let cursor = 0;
  for (const s of sentences) {
    const start = Math.max(cursor, Math.min(text.length, Math.floor(s.start)));
    const end = Math.max(start, Math.min(text.length, Math.floor(s.end)));
    if (!(end > start)) continue;
    out.push({ start, end });
    cursor = end;
  }
  return out;
}

/** When no sentence spans are given: a plain split after . ! ? (and a closing quote), linear. */
function fallbackSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[.!?]+["”’)]*(?=\s)|\n/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function splitAtLineBreaks(text: string, s: Span, out: Span[]): void {
  let start = s.start;
  for (let i = s.start; i <= s.end; i++) {
    if (i === s.end || text[i] === "\n") {
      const trimmed = trim(text, start, i);
      if (trimmed) out.push(trimmed);
      start = i + 1;
    }
  }
}

function trim(text: string, start: number, end: number): Span | null {
  let a = start;
  let b = end;
  while (a < b && /\s/u.test(text[a] as string)) a++;
  while (b > a && /\s/u.test(text[b - 1] as string)) b--;
  return b > a ? { start: a, end: b } : null;
}

/** Offsets where paragraphs start: the text start and after every line break. */
function paragraphStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) out.push(i + 1);
  return out;
}

function mergeOpenQuotes(text: string, units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    let merged: Unit = { ...u };
    let k = i;
    while (
      k + 1 < units.length &&
      k - i < MAX_MERGE &&
      (units[k + 1] as Unit).paragraph === u.paragraph &&
      merged.end - merged.start < MAX_UNIT &&
      hasOpenQuote(text.slice(merged.start, merged.end))
    ) {
      k++;
      merged = { start: merged.start, end: (units[k] as Unit).end, paragraph: u.paragraph };
    }
    // Only keep the merge if it closed the quote; otherwise the sentences stand alone.
    if (k > i && !hasOpenQuote(text.slice(merged.start, merged.end))) {
      out.push(merged);
      i = k;
    } else out.push(u);
  }
  return out;
}

// A sentence splitter may stop after "Sen." or "Lt. Col."; such a stop is not a sentence end.
const TITLE_END_RE =
  /(?:^|\s)(?:sen|rep|gen|col|lt|maj|capt|cmdr|adm|brig|sgt|cpl|gov|dr|mr|mrs|ms|prof|rev|st|no|vs|jr|sr|u\.s|u\.n|u\.k)\.$/i;

/** A stop after a title, an initial ("D-N.") or inside brackets does not end a sentence; nor does one before a
 * lower-case "said" (checked by the caller). */
function falseStop(text: string, u: Unit): boolean {
  const tail = text.slice(Math.max(u.start, u.end - 12), u.end);
  if (TITLE_END_RE.test(tail) || /(?:^|[^\p{L}])\p{L}\.$/u.test(tail)) return true;
  const s = text.slice(u.start, u.end);
  return u.end - u.start < MAX_UNIT && s.lastIndexOf("(") > s.lastIndexOf(")");
}

function mergeAbbreviations(text: string, units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    const cont = /^(?:said|says|told|added|wrote|according to)\b/u.test(text.slice(u.start, u.start + 13));
    if (prev && prev.paragraph === u.paragraph && u.start - prev.end <= 2 && (cont || falseStop(text, prev))) {
      prev.end = u.end;
    } else out.push({ ...u });
  }
  return out;
}

function hasOpenQuote(s: string): boolean {
  const qs = findQuotes(s);
  const last = qs[qs.length - 1];
  return last !== undefined && !last.closed && last.end - last.start > 1;
}
