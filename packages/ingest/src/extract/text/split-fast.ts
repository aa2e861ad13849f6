import type { Span } from "@deconflict/domain";

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    "u.s u.k u.n e.u mr mrs ms dr gen lt col maj capt cpt sgt cmdr adm brig sen rep gov pres prof rev st mt ft " +
    "no nos vs etc approx jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp jr sr e.g i.e a.m p.m " +
    "u.s.a d.c fig est dept govt"
  ).split(" "),
);
const END = /[.!?]+["”’')\]]*(?=\s)/g;

/**
 * Sentence spans of one line of text: a stop, then space, then a capital, a digit, a quote or (in a
 * lower-cased line) any letter. Abbreviations and initials do not end sentences. Linear, never throws.
 */
export function fastSentences(text: string, line: Span): Span[] {
  const piece = text.slice(line.start, line.end);
  const lower = !/[A-Z]/.test(piece);
  const out: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(piece); m; m = END.exec(piece)) {
    const end = m.index + m[0].length;
    let next = end;
    while (next < piece.length && /\s/.test(piece.charAt(next))) next++;
    if (next >= piece.length) break;
    const c = piece.charAt(next);
    const opens = /[A-Z0-9"“‘'([]/.test(c) || (lower && /[a-z]/.test(c));
    if (!opens) continue;
    if (m[0].startsWith(".") && !abbreviationEnds(piece, m.index)) {
      out.push({ start: line.start + start, end: line.start + end });
      start = next;
    } else if (!m[0].startsWith(".")) {
      out.push({ start: line.start + start, end: line.start + end });
      start = next;
    }
  }
  if (start < piece.length) out.push({ start: line.start + start, end: line.end });
  return out;
}

// The word before a full stop at `dot`: "U.S", "Sen", a single initial.
function abbreviationEnds(piece: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(piece.charAt(i - 1))) i--;
  const word = piece.slice(i, dot).toLowerCase().replace(/^\.+/, "");
  if (!word) return false;
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word);
}
