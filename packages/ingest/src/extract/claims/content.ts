import { findCues } from "./lexicon/cues.ts";
import { findQuotes, wordCount } from "./quotes.ts";
import type { Range } from "./types.ts";

// The pieces of text that were said, around an attribution.

/** The content before an attribution at `end`, as one piece; empty when nothing precedes it. */
export function beforeContent(text: string, masked: string, at: number): Range[] {
  // "…, as the spokesman noted": the "as" that introduces the source is no part of what was said.
  const from = Math.max(0, at - 8);
  const as = (from === 0 ? /(?:^|[,;—–])\s*as\s*$/iu : /[,;—–]\s*as\s*$/iu).exec(masked.slice(from, at));
  const end = as ? at - as[0].length : at;
  // '"…," one resident, who gave her name as Olga, told AFP': the opening quote is the content.
  const q = findQuotes(text.slice(0, end))[0];
  if (q?.closed && text.slice(0, q.start).trim() === "") {
    const inner = trimRange(text, q.start, q.end);
    const commaQuote = /,\s*$/u.test(text.slice(q.start, q.end - 1)) || /^\s*,/u.test(text.slice(q.end, end));
    if (commaQuote || wordCount(text.slice(inner.start, inner.end)) >= 0.6 * wordCount(text.slice(0, end)))
      return [inner];
  }
  const r = trimRange(text, 0, end);
  return r.end > r.start &&
    /[\p{L}\p{N}]/u.test(text.slice(r.start, r.end)) &&
    !/^\s*$/.test(masked.slice(r.start, r.end))
    ? [r]
    : [];
}

/** Content on both sides of a parenthetical attribution such as ", according to X,". */
export function around(text: string, masked: string, from: number, to: number): Range[] {
  const pieces = beforeContent(text, masked, from);
  // "According to X, a Britain-based monitor, 15 were killed": a short verbless "a …" phrase describes X.
  const lead = /^[\s,]*/u.exec(masked.slice(to))?.[0].length ?? 0;
  const appositive = /^(?:a|an)\s([^,;:"“”]{1,50}),\s*/iu.exec(masked.slice(to + lead));
  const describesSource =
    appositive?.[1] !== undefined &&
    appositive[1].split(/\s+/).length <= 5 &&
    !/(?<![-\p{L}])(?:\p{L}+ed|is|was|were|are|has|have|had|hit|went|came|fell|took|made|shot|struck|fled)\b/iu.test(
      appositive[1],
    );
  const start = to + lead + (describesSource && appositive ? appositive[0].length : 0);
  if (start < text.length) {
    const r = trimRange(text, start, text.length);
    const body = text.slice(r.start, r.end);
    // A trailing participle ("…, using an acronym for …") is the writer's gloss, not the claim.
    const gloss = pieces.length > 0 && /^[\p{L}]+ing\b/iu.test(body);
    if (r.end > r.start && /[\p{L}\p{N}]{2}/u.test(body) && !gloss) pieces.push(r);
  }
  return pieces;
}

export function nonEmpty(r: Range): boolean {
  return r.end > r.start;
}

/** A range shrunk past spaces, edge punctuation and quote marks. */
export function trimRange(text: string, start: number, end: number): Range {
  let a = Math.max(0, start);
  let b = Math.min(text.length, end);
  while (a < b && /[\s,;:—–"“”«»'‘(-]/u.test(text[a] as string)) a++;
  while (b > a && /[\s,;:.!?—–"“”«»'’)-]/u.test(text[b - 1] as string)) b--;
  return { start: a, end: b };
}

// ", adding that …" inside reported content joins two claims of one speaker; the words themselves are not content.
const ADDING_RE = /,\s*(?:adding|noting|saying|stressing|explaining|warning|arguing|insisting)(?:\s+that)?\s+/iu;

export function splitAdding(text: string, masked: string, range: Range): Range[] {
  const m = ADDING_RE.exec(masked.slice(range.start, range.end));
  if (!m) return [range];
  const cut = range.start + m.index;
  return [trimRange(text, range.start, cut), trimRange(text, cut + m[0].length, range.end)].filter(nonEmpty);
}

const PRONOUN_CLAUSE_RE = /,\s+(?:and|but)\s+(?:he|she|they|it|we)\s/iu;
const LABELS = new Set(["describe", "call", "brand", "label", "term", "dub"]);
const APPEALS = new Set(["urge", "ask", "call on", "call for", "demand", "advise", "remind", "recommend", "plead"]);
// "…, and said that B", "… but insisted B": the conjunction before a second finite cue of the same subject.
const SECOND_CUE_BEFORE_RE = /[\s,](?:and|but)\s+(?:also\s+|then\s+|later\s+|again\s+)?$/iu;

// Where and how something was said, trailing its content: "… in an interview with the paper on Sunday", "… during a
// conference call with reporters", "… on Twitter". Only speech events: "… at a rally" may be what happened.
const SETTING_RE =
  /[\s,]+(?:(?:in|during|at)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:interview|statement|speech|(?:news|press) conference|conference call|call with reporters|op-ed|letter|tweet|post|email|appearance|remarks|briefing|address|town hall|hearing)s?|on\s+(?:twitter|facebook|instagram|social media))\b[^;"“”«»]*$/iu;

/** The end of content before a trailing setting of the speech ("… in an interview on Sunday"), or `to`. */
export function beforeSetting(masked: string, from: number, to: number): number {
  const tail = masked.slice(from, to);
  if (!/\s(?:in|during|at|on)\s/iu.test(tail)) return to;
  const m = SETTING_RE.exec(tail);
  // Some content must stay before the setting.
  return m && m.index > 8 ? from + m.index : to;
}

/**
 * Where content that runs into a second predicate of its speaker ends: "Graham said Carson is a good man, and said
 * that Trump melted down" holds two claims, and the second cue is read as one of its own; so does ", adding that …".
 */
export function beforeSecondCue(masked: string, from: number, to: number): number {
  // "said A, and he railed against B": a clause of the writer's about the speaker, not part of what was said.
  const clause = PRONOUN_CLAUSE_RE.exec(masked.slice(from, to));
  const end = beforeSetting(masked, from, clause && clause.index > 0 ? from + clause.index : to);
  for (const c of findCues(masked.slice(0, end), from)) {
    // "said he saw no need to change, telling the host that …": a cue participle after a comma opens an attribution
    // of its own (participles.ts), so the content before it ends at the comma.
    // A label (", describing them as …") stays, for assertions.ts to split off.
    if (c.cue.form === "ing" && c.start > from && !LABELS.has(c.cue.lemma)) {
      const comma = /,\s*$/u.exec(masked.slice(Math.max(from, c.start - 4), c.start));
      if (comma) return c.start - comma[0].length;
    }
    // A second statement ("and said", "but insisted"); an accusation or denial joined to a statement is split
    // elsewhere (assertions.ts), an appeal ("and urged both sides to …") stays with what was said.
    if ((c.cue.form !== "past" && c.cue.form !== "s") || c.cue.cueClass !== "speech" || APPEALS.has(c.cue.lemma))
      continue;
    const lead = SECOND_CUE_BEFORE_RE.exec(masked.slice(Math.max(from, c.start - 16), c.start));
    if (lead) return c.start - lead[0].length;
  }
  return end;
}
