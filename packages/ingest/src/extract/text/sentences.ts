import type { Span } from "@deconflict/domain";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

// Sentence boundaries only: the full pipeline (pos, ner) costs five times more and nothing here reads it.
const nlp = winkNLP(model, ["sbd"]);
const its = nlp.its;

// Bounds per-sentence work downstream; a "sentence" longer than this is cut at whitespace.
export const MAX_SENTENCE_CHARS = 1000;
// wink reads a chunk at a time so memory stays flat on megabyte texts.
const CHUNK_CHARS = 50_000;

interface WinkToken {
  out: (f?: unknown) => string;
}
interface WinkSentence {
  tokens: () => { each: (fn: (t: WinkToken) => void) => void };
}

/** Sentence spans of a text, in order, inside it, never empty. Paragraph and line breaks end sentences. Never throws. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of lineSpans(text)) {
    for (const chunk of chunkSpans(text, line)) {
      for (const s of winkSpans(text, chunk))
        for (const part of lowerCaseBreaks(text, s)) pushCapped(text, part, spans);
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

// wink is lossless: token values plus their preceding spaces rebuild the input, so offsets are a running sum.
function winkSpans(text: string, chunk: Span): Span[] {
  const piece = text.slice(chunk.start, chunk.end);
  // wink's token patterns turn slow on very long tokens (base64, binary): such text gets the plain splitter.
  if (LONG_TOKEN.test(piece)) return plainSpans(piece, chunk.start);
  try {
    const doc = nlp.readDoc(piece);
    const out: Span[] = [];
    let cursor = 0;
    doc.sentences().each((sentence: WinkSentence) => {
      let start = -1;
      let end = cursor;
      sentence.tokens().each((t) => {
        const pre = t.out(its.precedingSpaces).length;
        const value = t.out(its.value);
        const at = piece.startsWith(value, cursor + pre) ? cursor + pre : piece.indexOf(value, cursor);
        if (at < 0) return;
        if (start < 0) start = at;
        end = at + value.length;
        cursor = end;
      });
      if (start >= 0 && end > start) out.push({ start: chunk.start + start, end: chunk.start + end });
    });
    return out.length ? out : [chunk];
  } catch {
    return [chunk];
  }
}

// wink needs a capital to start a sentence; lower-cased text ends sentences at ". x" unless an abbreviation.
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

const LONG_TOKEN = /\S{120}/;
const PLAIN_END = /[.!?]+["”’')\]]*\s+/g;

/** Sentence ends at ". " and the like: the fallback for text wink should not read. */
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
