// '"A," X said. "B."': when a quote that goes on in the next sentence of the paragraph is the same attribution as
// the claim before it, as a careful reader marks it (PolNeAR marks the run as one). The project's fixtures mark a
// standalone second quote as an optional claim of its own, so a joined claim whose continuation is the longer part
// would pair with it there (README, "Measured"); a continuation joins only when the reading is plain.
import type { Span } from "@deconflict/domain";
import type { Range } from "./types.ts";

// A quote that opens with a connective ("And …", "But …") or a pronoun that points back ("That is …", "He …")
// leans on what came before; one in the speaker's own person ("… we have waited", "you know") is that voice going on.
const LEANING_OPENERS = new Set(
  "and but so or yet because therefore then also plus still now that this these those it he she they".split(" "),
);
const OWN_VOICE_RE = /(?<![\p{L}’'])(?:i|we|you|my|our|us|me|your)(?!\p{L})/iu;
const FIRST_WORD_RE = /^[^\p{L}\p{N}]*(\p{L}+)/u;
// A quote mark (or the NYT view's '" ') right before a piece: the claim's content is the speaker's own words.
const QUOTE_BEFORE_RE = /["“”«»‘]\s?$/u;

/**
 * Whether `quote` goes on with the claim whose content is `pieces`: it adds less than was said; or it runs over
 * several sentences (a run of speech), or it leans on the quote before (connective, pronoun) or speaks in the
 * speaker's own person; the last two only after a quoted claim, and only when the quote has no tag of its own.
 */
export function continuesClaim(
  text: string,
  pieces: readonly Range[],
  quote: Range,
  unitEnd: number,
  sentences: readonly Span[],
  contentWords: (s: string) => string[],
): boolean {
  const q = text.slice(quote.start, quote.end);
  const said = contentWords(pieces.map((p) => text.slice(p.start, p.end)).join(" ")).length;
  if (said > contentWords(q).length) return true;
  const last = pieces[pieces.length - 1];
  const quoted = last !== undefined && QUOTE_BEFORE_RE.test(text.slice(Math.max(0, last.start - 2), last.start));
  const multi = sentenceStartsWithin(sentences, quote) > 0;
  const opener = FIRST_WORD_RE.exec(q)?.[1]?.toLowerCase();
  const leaning = (opener !== undefined && LEANING_OPENERS.has(opener)) || OWN_VOICE_RE.test(q);
  // '"B," she said.': a quote with a tag of its own is that tag's claim.
  const untagged = /^[\s\p{P}]*$/u.test(text.slice(quote.end, unitEnd));
  return quoted && untagged && (multi || leaning);
}

/** How many sentences start strictly inside `r` (sentences sorted by start; binary search, then a short walk). */
export function sentenceStartsWithin(sentences: readonly Span[], r: Range): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Span).start <= r.start) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let i = lo; i < sentences.length && (sentences[i] as Span).start < r.end; i++) n++;
  return n;
}
