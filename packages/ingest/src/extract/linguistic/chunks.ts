import type { Token } from "./tokens.ts";

/** A noun phrase: tokens `first..last` (inclusive) of a sentence, with the offsets they cover. */
export interface Chunk {
  start: number;
  end: number;
  first: number;
  last: number;
  /** The head noun: the last noun or name of the phrase, before any "of ..." tail. */
  head: number;
  /** The phrase is a pronoun alone ("they", "it"). */
  pronoun: boolean;
}

const POSSESSIVE = new Set(["his", "her", "its", "their", "our", "my", "your"]);
// Words that join the parts of one name: "Army of the Valley", "Frente de los Llanos", "Jaish al-Qura".
const NAME_GLUE = new Set(["of", "de", "del", "la", "el", "al", "for", "and", "&", "y", "du", "des", "bin", "ibn"]);
const MONTH =
  /^(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;
const NOMINAL = new Set(["NOUN", "PROPN", "NUM", "ADJ"]);

const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
const isHead = (t: Token | undefined) => !!t && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM");
const isName = (t: Token | undefined) => !!t && (t.pos === "PROPN" || (/^[A-Z]/.test(t.cased) && t.pos === "NOUN"));

// "the Red Hand unit tonight claimed": a day word after a phrase is an adverb of the clause, not its head; only
// "today's attack" (a possessive) or a first word opens a phrase with it.
const DAY_ADVERB = new Set(["today", "tonight", "yesterday"]);
const QUOTE = new Set(['"', "“", "”"]);

/** May token i continue the phrase that runs up to i-1? */
function continues(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t) return false;
  if (DAY_ADVERB.has(t.lower) && !/^['’]s?$/.test(next?.lower ?? "")) return false;
  // 'a "Red Dawn" column', "the “Blue Star” command": a quoted name inside a phrase, between its words.
  if (QUOTE.has(t.text) && prev && next && NOMINAL.has(next.pos) && (prev.pos === "DET" || NOMINAL.has(prev.pos)))
    return true;
  if (NOMINAL.has(t.pos)) return true;
  // "U.S.-led", "al-Islam", "F-16": a hyphen inside a word
  if (t.text === "-" && touching(prev, t) && touching(t, next) && next && next.pos !== "PUNCT") return true;
  if (prev?.text === "-" && touching(prev, t)) return t.pos !== "PUNCT";
  // "armed men", "the wounded soldiers": a participle before a noun; after a noun it is the sentence's verb
  // ("the Houthis claimed responsibility")
  if (
    t.pos === "VERB" &&
    /ed$/.test(t.lower) &&
    (isHead(next) || next?.pos === "ADJ") &&
    next?.pos !== "NUM" &&
    !(prev && (prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "PRON"))
  )
    return true;
  // "the army's soldiers": a possessor inside a longer phrase
  if (t.pos === "PART" && /^['’]s?$|^['’]s$/.test(t.lower) && next && (NOMINAL.has(next.pos) || next.pos === "VERB"))
    return true;
  if (NAME_GLUE.has(t.lower) && isName(prev) && isName(next)) return true;
  return false;
}

/** "on the night of 3 September unidentified men placed ...": a day and its month end the phrase they make. */
function afterDate(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && MONTH.test(prev.lower) && tokens[i - 2]?.pos === "NUM" && tokens[i]?.pos !== "NUM";
}

function startsPhrase(t: Token): boolean {
  return NOMINAL.has(t.pos) || t.pos === "DET" || (t.pos === "PRON" && POSSESSIVE.has(t.lower));
}

/**
 * Noun-phrase chunks of one tagged sentence, left to right, not overlapping. `barrier` marks tokens no phrase may
 * hold (a frame's trigger words, which the tagger may have read as nouns: "gunmen shot/NOUN dead").
 */
export function nounChunks(tokens: readonly Token[], barrier?: (i: number) => boolean): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t) break;
    if (t.pos === "PRON" && !POSSESSIVE.has(t.lower)) {
      out.push({ start: t.start, end: t.end, first: i, last: i, head: i, pronoun: true });
      i++;
      continue;
    }
    if (barrier?.(i) || (!startsPhrase(t) && !(t.pos === "VERB" && continues(tokens, i)))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !barrier?.(j + 1) && !afterDate(tokens, j + 1) && continues(tokens, j + 1)) j++;
    // Trailing modifiers with no noun after them ("the attack was deadly") are not part of a phrase.
    while (j >= i && !isHead(tokens[j])) j--;
    if (j < i) {
      i++;
      continue;
    }
    j = withAcronym(tokens, j);
    // A quote mark the phrase opens or closes alone: take in the one right before it, else end before it.
    let quotes = 0;
    for (let k = i; k <= j; k++) if (QUOTE.has(tokens[k]?.text ?? "")) quotes++;
    if (quotes % 2 === 1) {
      if (QUOTE.has(tokens[i - 1]?.text ?? "") && !out.some((c) => c.last === i - 1)) i--;
      else {
        let k = i;
        while (k <= j && !QUOTE.has(tokens[k]?.text ?? "")) k++;
        j = k - 1;
        while (j >= i && !isHead(tokens[j])) j--;
        if (j < i) {
          i = k + 1;
          continue;
        }
      }
    }
    // Fields written out: an object spread beside other fields costs V8 ten times the whole chunker.
    out.push({
      start: tokens[i]?.start ?? 0,
      end: tokens[j]?.end ?? 0,
      first: i,
      last: j,
      head: headOf(tokens, i, j),
      pronoun: false,
    });
    i = j + 1;
  }
  return out;
}

// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]": the acronym in
// brackets belongs to the name.
function withAcronym(tokens: readonly Token[], j: number): number {
  const open = tokens[j + 1];
  const inner = tokens[j + 2];
  const close = tokens[j + 3];
  const pair = open?.text === "(" ? ")" : open?.text === "[" ? "]" : null;
  if (pair && inner && /^[A-Z][A-Z0-9.&-]{1,11}$/.test(inner.text) && close?.text === pair) return j + 3;
  return j;
}

function headOf(tokens: readonly Token[], first: number, last: number): number {
  // "the mayor of Guerrero": the head comes before "of"; in a name ("State of Iraq") it is the last word.
  for (let k = first; k <= last; k++)
    if (tokens[k]?.lower === "of" && !isName(tokens[k - 1])) {
      for (let h = k - 1; h >= first; h--) if (isHead(tokens[h])) return h;
    }
  for (let h = last; h >= first; h--) if (isHead(tokens[h]) && tokens[h]?.text !== ")") return h;
  return last;
}
