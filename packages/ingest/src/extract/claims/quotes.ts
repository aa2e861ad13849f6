// Quoted passages in a piece of text: curly, straight and guillemet quotes, paired in order.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark (or the end of the text when the quote is left open). */
  end: number;
  closed: boolean;
}

const OPEN_CLOSE: Readonly<Record<string, string>> = { "“": "”", "«": "»", "„": "“" };

/** Quotes in order of appearance; linear in the text, never nested. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    let close: string | undefined;
    if (ch === "‘" && !isLetter(text[i - 1])) {
      // British single quotes: the closing ’ is the one not followed by a letter (not an apostrophe).
      const j = singleClose(text, i + 1);
      if (j > 0) {
        out.push({ start: i, end: j + 1, closed: true });
        i = j + 1;
        continue;
      }
      i++;
      continue;
    }
    if (ch === '"') close = '"';
    else if (ch === "”" && !isWordChar(text[i - 1]))
      close = "”"; // some sites use ” for both marks
    else close = OPEN_CLOSE[ch];
    if (close === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && text[j] !== close && !(close === "”" && text[j] === '"')) j++;
    if (j < n) {
      out.push({ start: i, end: j + 1, closed: true });
      i = j + 1;
    } else {
      out.push({ start: i, end: n, closed: false });
      break;
    }
  }
  return out;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

// Single quotes rarely run long; a bounded search keeps stray apostrophes cheap.
const MAX_SINGLE_QUOTE = 2000;

function singleClose(text: string, from: number): number {
  const end = Math.min(text.length, from + MAX_SINGLE_QUOTE);
  for (let j = from; j < end; j++) {
    if (text[j] === "’" && !isLetter(text[j + 1])) return j;
    if (text[j] === "\n") return -1;
  }
  return -1;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N},.!?]/u.test(ch);
}

/** The text with every quoted passage blanked out, same length, so offsets stay valid. */
export function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  if (quotes.length === 0) return text;
  let out = "";
  let cursor = 0;
  for (const q of quotes) {
    out += text.slice(cursor, q.start);
    out += `"${"_".repeat(Math.max(0, q.end - q.start - 2))}${q.end - q.start >= 2 ? '"' : ""}`;
    cursor = q.end;
  }
  return out + text.slice(cursor);
}

/** Words in a string, for size checks. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Inside of a quote span, without its marks and edge punctuation. */
export function quoteInner(text: string, q: QuoteSpan): { start: number; end: number } {
  let start = q.start + 1;
  let end = q.closed ? q.end - 1 : q.end;
  while (start < end && /[\s]/u.test(text[start] as string)) start++;
  while (end > start && /[\s,.;:]/u.test(text[end - 1] as string)) end--;
  return { start, end };
}
