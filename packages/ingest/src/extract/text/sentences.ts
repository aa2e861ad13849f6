import type { Span } from "@deconflict/domain";
import { fastSentences } from "./split-fast.ts";

// Bounds per-sentence work downstream; a "sentence" longer than this is cut at whitespace.
export const MAX_SENTENCE_CHARS = 1000;
// Megabyte lines are read a chunk at a time.
const CHUNK_CHARS = 50_000;

/** Sentence spans of a text, in order, inside it, never empty. Paragraph and line breaks end sentences. Never throws. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of lineSpans(text)) {
    for (const chunk of chunkSpans(text, line)) {
      const found = hasLongToken(text, chunk.start, chunk.end)
        ? plainSpans(text.slice(chunk.start, chunk.end), chunk.start)
        : fastSentences(text, chunk);
      for (const s of found) for (const part of lowerCaseBreaks(text, s)) pushCapped(text, part, spans);
    }
  }
  return spans;
}

function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const span = trimSpan(text, { start, end: i });
      if (span.end > span.start) out.push(span);
      start = i + 1;
    }
  }
  return out;
}

function chunkSpans(text: string, span: Span): Span[] {
  if (span.end - span.start <= CHUNK_CHARS) return [span];
  const out: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    let end = Math.min(span.end, start + CHUNK_CHARS);
    if (end < span.end) {
      const cut = lastSpaceIn(text, start + CHUNK_CHARS / 2, end);
      if (cut > 0) end = cut;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

// Lower-cased text ends sentences at ". x" too, unless after an abbreviation.
const LOWER_BREAK = /([a-z0-9)\]]+)([.!?]["”’')\]]*)\s+(?=["“‘(]?[a-z])/g;
const ABBREVIATIONS = new Set(
  "u.s u.k u.n mr mrs ms dr gen lt col maj capt sgt sen rep gov st no vs jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp jr sr prof rev fig approx etc e.g i.e a.m p.m".split(
    " ",
  ),
);

function lowerCaseBreaks(text: string, span: Span): Span[] {
  const piece = text.slice(span.start, span.end);
  if (/[A-Z]/.test(piece) || !/[.!?]["”’')\]]*\s+[a-z“"‘(]/.test(piece)) return [span];
  const out: Span[] = [];
  let start = 0;
  LOWER_BREAK.lastIndex = 0;
  for (let m = LOWER_BREAK.exec(piece); m; m = LOWER_BREAK.exec(piece)) {
    const word = (m[1] ?? "").toLowerCase();
    const before = piece.slice(Math.max(0, m.index - 4), m.index + (m[1] ?? "").length);
    if (ABBREVIATIONS.has(word) || word.length === 1 || /\b[a-z]\.[a-z]$/.test(before)) continue;
    const end = m.index + (m[1] ?? "").length + (m[2] ?? "").length;
    out.push({ start: span.start + start, end: span.start + end });
    start = m.index + m[0].length;
  }
  out.push({ start: span.start + start, end: span.end });
  return out;
}

// Binary or base64 runs: the plain splitter, which looks only at stops and spaces.
const LONG_TOKEN = 120;

// A run of LONG_TOKEN characters without white space (as \s defines it), in one pass: the regex /\S{120}/ tries
// every start again.
function hasLongToken(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let i = start; i < end; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run >= LONG_TOKEN) return true;
  }
  return false;
}

function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const PLAIN_END = /[.!?]+["”’')\]]*\s+/g;

/** Sentence ends at ". " and the like, nothing more. */
function plainSpans(piece: string, offset: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  PLAIN_END.lastIndex = 0;
  for (let m = PLAIN_END.exec(piece); m; m = PLAIN_END.exec(piece)) {
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start: offset + start, end: offset + end });
    start = m.index + m[0].length;
  }
  if (start < piece.length) out.push({ start: offset + start, end: offset + piece.length });
  return out;
}

function pushCapped(text: string, span: Span, out: Span[]): void {
  let { start } = span;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    let end = lastSpaceIn(text, start + MAX_SENTENCE_CHARS / 2, start + MAX_SENTENCE_CHARS);
    if (end < 0) end = start + MAX_SENTENCE_CHARS;
    out.push({ start, end });
    start = end;
    while (start < span.end && /\s/.test(text.charAt(start))) start++;
  }
  const rest = trimSpan(text, { start, end: span.end });
  if (rest.end > rest.start) out.push(rest);
}

// A bounded backwards search: lastIndexOf would scan to the start of a text with no spaces.
function lastSpaceIn(text: string, from: number, to: number): number {
  for (let i = to; i > from; i--) if (text.charCodeAt(i) === 32) return i;
  return -1;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}
