// Claim attribution, in four steps:
// 1. units: the given sentences, split at line breaks and joined while a quote is open (units.ts);
// 2. attribution: per candidate unit (cheap regex prefilter), who is said to say what (attribution.ts,
//    noun-phrase.ts, quotes.ts, lexicon/*);
// 3. speakers: the phrase read as a person, a source, a body, an outlet or a pronoun (speaker-phrase.ts) and
//    resolved against who spoke before (coreference.ts);
// 4. claims: stance (stance.ts), the event it is about (event-link.ts), spans inside the text.
import type { Claim, EventMention, Span } from "@deconflict/domain";
import { type Attribution, attributeAll, type Range } from "./attribution.ts";
import { continuesClaim } from "./continuation.ts";
import { bodySubject, personMentions, personSubject, type Speaker, SpeakerMemory } from "./coreference.ts";
import { linkEvent } from "./event-link.ts";
import { claimKindOf, cueOf, hasCue } from "./lexicon/cues.ts";
import { CANDIDATE_RE, CONTEST_VERBS } from "./lexicon/speech-verbs.ts";
import { findQuotes, quoteInner, wordCount } from "./quotes.ts";
import { type SpeakerShape, shapeOf } from "./speaker-phrase.ts";
import { stanceOf } from "./stance.ts";
import { disputeFrames, framedAsDispute } from "./stance-frame.ts";
import { buildUnits, MAX_UNIT, type Unit } from "./units.ts";

export interface ClaimInput {
  /** Cleaned article text; every span points into it. */
  text: string;
  /** Sentence spans of `text`, in order. */
  sentences: readonly Span[];
  /** The article's event mentions, so claims can point at the one they are about (mentionIndex). */
  mentions: readonly EventMention[];
  publishedAt: string | null;
}

interface Draft {
  unit: number;
  speaker: Speaker;
  pieces: Range[];
  verb: string;
  span: Span;
  /** Where the cue is written in the text, when the claim's own sentences hold it. */
  cue: Span | null;
  /** A label the speaker gave (", describing it as …"); it shows no side of its own. */
  label?: boolean;
  /** The last unit the content reaches (a transcript turn runs over several). */
  lastUnit?: number;
}

// A sentence that names the speaker of the quote before it: "Those were the words of …", "So said …".
const WORDS_OF_RE =
  /\b(?:words|message|warning|remarks|comments|verdict|assessment|view|vow|promise|pledge|plea|appeal|so said|thus spoke)\b/i;
// Words read as a speaker that never are one: times ("Tuesday", "March") and sentence openers ("Having", "Latest").
const NOT_A_SPEAKER_RE =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|yesterday|tonight|early|current|breaking|update|having|being)$/iu;
// "said in response", "complained on Thursday": a circumstance read as content, nothing said.
const ADJUNCT_ONLY_RE =
  /^(?:on|in|at|during|after|before|last|this|earlier|later|from|via)(?:\s+[\p{L}\p{N}'’.-]+){1,3}$/iu;
const ONE_NAME_RE = /^\p{Lu}\p{Ll}+$/u;
// A quote-only sentence continues the last speaker when that speaker spoke this many units ago or fewer.
const CONTINUATION_REACH = 2;

/** Every attributed statement in the article, one claim each. Never throws. */
export function extractClaims(input: ClaimInput): Claim[] {
  try {
    return extract(input);
  } catch {
    return [];
  }
}

function extract(input: ClaimInput): Claim[] {
  const original = typeof input.text === "string" ? input.text : "";
  if (original.length === 0) return [];
  // Rules read a view of the text in which the New York Times' two-apostrophe quotes (''…'') are quote marks;
  // the view keeps every offset, and claims are cut from the original.
  const text = original.includes("''") ? original.replace(/''/g, '" ') : original;
  const mixedCase = isMixedCase(text);
  const sentences = Array.isArray(input.sentences) ? input.sentences : [];
  const units = buildUnits(text, sentences);
  const memory = new SpeakerMemory();
  const cache = new Map<number, Attribution[]>();
  const attributionsOf = (i: number): Attribution[] => {
    const hit = cache.get(i);
    if (hit) return hit;
    const u = units[i];
    let found: Attribution[] = [];
    if (u && u.end - u.start <= MAX_UNIT) {
      const s = text.slice(u.start, u.end);
      // One odd sentence must not cost the article its other claims.
      try {
        // "Ted Cruz Says Heckler Deserves …": a title-cased headline's cue words read in lower case (same offsets).
        const read = i === 0 && mixedCase && isHeadline(units, 0) ? sentenceCase(s) : s;
        if (CANDIDATE_RE.test(read) || hasCue(read) || read.includes(":") || read.startsWith("To "))
          found = attributeAll(read, mixedCase);
      } catch {
        found = [];
      }
    }
    cache.set(i, found);
    return found;
  };
  const attributionOf = (i: number): Attribution | null => attributionsOf(i)[0] ?? null;
  const speakerOf = (a: Attribution, s: string): Speaker => {
    const raw = s.slice(a.speaker.start, a.speaker.end);
    const read = shapeOf(raw, mixedCase);
    // "Sahel Watch, a volunteer group, said": the appositive tells a body from a person.
    const shape: SpeakerShape =
      a.speaker.body && (read.type === "person" || read.type === "unknown") ? { type: "body", name: read.name } : read;
    const resolved = memory.resolve(
      a.statement && shape.type === "body" ? { type: "statement", issuer: shape, noun: "statement" } : shape,
      raw,
    );
    // "a doctor …, speaking on condition of anonymity": an unnamed speaker on purpose.
    return a.anonymous && (shape.type === "role" || shape.type === "unknown")
      ? { ...resolved, kind: "anonymous-official" }
      : resolved;
  };

  const drafts: Draft[] = [];
  const claimedUnits = new Set<number>();
  let lastPersonScan = 0;
  let orphan: { unit: number; range: Range } | null = null;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.end - u.start > MAX_UNIT) continue;
    const a = attributionOf(i);
    const s = text.slice(u.start, u.end);
    // '“We will not surrender.” Those were the words of Defence Minister X.': the quote's speaker, named after it.
    if (!a && orphan && orphan.unit === i - 1 && WORDS_OF_RE.test(s)) {
      const named = personMentions(s, mixedCase)[0];
      if (named) {
        memory.notePerson(named.name, named.role);
        const speaker = memory.resolve({ type: "person", name: named.name, role: named.role }, named.name);
        drafts.push({ unit: i - 1, speaker, pieces: [orphan.range], verb: "said", span: orphan.range, cue: null });
        claimedUnits.add(i - 1);
        orphan = null;
        continue;
      }
    }
    if (a) {
      // "he said", "the senator said": people named in passing since the last claim become candidates.
      const pointer = /^(?:he|she|(the)\s+\p{L}+)$/iu.exec(s.slice(a.speaker.start, a.speaker.end));
      if (pointer) {
        for (let k = Math.max(lastPersonScan, i - 4); k <= i; k++)
          notePeople(text, units[k], memory, mixedCase, k === i ? a.speaker.start : undefined);
        // Nobody named with a title or a role yet: the person the sentence, or the one before, is about.
        if (!pointer[1] && !memory.knowsPerson()) {
          const subject =
            personSubject(s.slice(0, a.speaker.start), mixedCase) ??
            (i > 0
              ? personSubject(text.slice((units[i - 1] as Unit).start, (units[i - 1] as Unit).end), mixedCase)
              : null);
          if (subject) memory.notePerson(subject, null);
        }
      }
      // "The ministry issued a statement. It said …": the body that was the last sentence's subject.
      if (/^(?:it|they)$/i.test(s.slice(a.speaker.start, a.speaker.end)) && i > 0 && !claimedUnits.has(i - 1)) {
        const prev = units[i - 1] as Unit;
        const body = bodySubject(text.slice(prev.start, prev.end), mixedCase);
        if (body) memory.noteOrg(body);
      }
      lastPersonScan = i + 1;
      const speaker = speakerOf(a, s);
      if (a.content.length > 0) {
        // A quote nobody was speaking before belongs to the speaker named in the next sentence.
        if (orphan && orphan.unit === i - 1) {
          drafts.push({ unit: i - 1, speaker, pieces: [orphan.range], verb: a.verb, span: orphan.range, cue: null });
          claimedUnits.add(i - 1);
        }
        orphan = null;
        const pieces = a.content.map((r) => ({ start: r.start + u.start, end: r.end + u.start }));
        drafts.push({
          unit: i,
          speaker,
          pieces,
          verb: a.verb,
          span: cover(pieces),
          cue: cueSpan(a, s, u.start),
          lastUnit: i,
        });
        claimedUnits.add(i);
        // "X said A, while Y said B": the second speaker's claim too.
        for (const more of attributionsOf(i).slice(1)) {
          const extra = more.content.map((r) => ({ start: r.start + u.start, end: r.end + u.start }));
          drafts.push({
            unit: i,
            speaker: speakerOf(more, s),
            pieces: extra,
            verb: more.verb,
            span: cover(extra),
            cue: cueSpan(more, s, u.start),
            label: more.label === true,
          });
        }
        continue;
      }
      // "… ." / "he said." alone: the speaker of the quote just before.
      const prev = units[i - 1];
      const quote = prev && !claimedUnits.has(i - 1) ? quoteOnly(text, prev) : null;
      if (quote && prev) {
        drafts.push({
          unit: i,
          speaker,
          pieces: [quote],
          verb: a.verb,
          span: { start: prev.start, end: u.end },
          cue: cueSpan(a, s, u.start),
        });
        claimedUnits.add(i - 1);
        claimedUnits.add(i);
      }
      continue;
    }
    // "BENENSON: This is a man who … He's now running them.": a transcript turn runs to the paragraph's end.
    const turn = drafts[drafts.length - 1];
    if (turn?.verb === ":" && turn.lastUnit === i - 1 && (units[i - 1] as Unit).paragraph === u.paragraph) {
      const more = { start: u.start, end: u.end };
      turn.pieces.push(more);
      turn.span = { start: turn.span.start, end: more.end };
      turn.lastUnit = i;
      claimedUnits.add(i);
      continue;
    }
    const quote = quoteOnly(text, u);
    if (!quote) continue;
    const next = units[i + 1];
    if (next && next.paragraph === u.paragraph && attributionOf(i + 1)?.content.length === 0) continue;
    const last = drafts[drafts.length - 1];
    // '"A," X said. "B."': a quote that goes on in the next sentence is the same attribution (continuation.ts).
    if (
      last &&
      last.lastUnit === i - 1 &&
      (units[i - 1] as Unit).paragraph === u.paragraph &&
      continuesClaim(text, last.pieces, quote, u.end, sentences, contentWords)
    ) {
      last.pieces.push(quote);
      last.span = { start: last.span.start, end: quote.end };
      last.lastUnit = i;
      claimedUnits.add(i);
    } else if (last && i - last.unit <= CONTINUATION_REACH && (units[last.unit] as Unit).paragraph >= u.paragraph - 1) {
      drafts.push({
        unit: i,
        speaker: last.speaker,
        pieces: [quote],
        verb: last.verb,
        span: quote,
        cue: null,
        lastUnit: i,
      });
      claimedUnits.add(i);
    } else orphan = { unit: i, range: quote };
  }
  nameUnnamedRoles(drafts);
  return toClaims(original, dropRepeatedHeadline(text, units, drafts), units, input.mentions ?? []);
}

function notePeople(
  text: string,
  u: Unit | undefined,
  memory: SpeakerMemory,
  mixedCase: boolean,
  until?: number,
): void {
  if (!u) return;
  const s = text.slice(u.start, until === undefined ? u.end : u.start + until);
  for (const p of personMentions(s, mixedCase)) memory.notePerson(p.name, p.role);
}

/** A title line ("Biden says US will defend Taiwan") that the body tells again: the body's telling is the one kept. */
function dropRepeatedHeadline(text: string, units: readonly Unit[], drafts: readonly Draft[]): Draft[] {
  if (!isHeadline(units, 0)) return [...drafts];
  const said = (d: Draft) => contentWords(d.pieces.map((p) => text.slice(p.start, p.end)).join(" "));
  const body = drafts.filter((d) => d.unit !== 0).map(said);
  return drafts.filter((d) => d.unit !== 0 || !body.some((b) => overlap(said(d), b) >= 0.5));
}

const SMALL_WORDS = new Set(
  "a an the of to in on at for and or but by with from that this is are was were be been it its as he she they his her their we our not no".split(
    " ",
  ),
);

function contentWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !SMALL_WORDS.has(w));
}

/**
 * How far the body's claim says what the headline says: the F1 of their content words. A long body claim that
 * merely holds the headline's names ("defended his praise of Putin, and his call for …") is no retelling.
 */
function overlap(head: readonly string[], body: readonly string[]): number {
  if (head.length === 0 || body.length === 0) return 0;
  const bag = new Set(body);
  const shared = head.filter((w) => bag.has(w)).length;
  return (2 * shared) / (head.length + body.length);
}

const TITLE_SMALL = new Set(
  "a an the of to in on at for and or but by with from as is are was were be has have had will would can could should not that this it its his her their he she they we".split(
    " ",
  ),
);

/** A title-cased line with its cue words and small words lower-cased, every offset kept. */
function sentenceCase(line: string): string {
  const words = line.match(/\p{L}+/gu) ?? [];
  const capped = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length < 4 || capped < 0.7 * words.length) return line;
  return line.replace(/\p{L}+/gu, (w, at: number) =>
    at > 0 && (TITLE_SMALL.has(w.toLowerCase()) || cueOf(w) !== undefined) ? w.toLowerCase() : w,
  );
}

/** A title line: the first unit, alone in its paragraph. */
function isHeadline(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  const next = units[i + 1];
  return i === 0 && u !== undefined && next !== undefined && next.paragraph !== u.paragraph && u.end - u.start < 240;
}

/** The inside of a unit that is one quote and little else, or null. */
function quoteOnly(text: string, u: Unit): Range | null {
  const s = text.slice(u.start, u.end);
  if (!/^["“«„”‘]/u.test(s)) return null;
  const quotes = findQuotes(s);
  const q = quotes[0];
  if (!q || quotes.length > 2) return null;
  const inner = quoteInner(s, q);
  const words = wordCount(s.slice(inner.start, inner.end));
  if (words < 4 || words < 0.7 * wordCount(s)) return null;
  return { start: inner.start + u.start, end: inner.end + u.start };
}

/** "a senior lawmaker … said Sen. X" two sentences on: the unnamed role is X. */
function nameUnnamedRoles(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (!d.speaker.pendingRole) continue;
    for (let j = i + 1; j < drafts.length; j++) {
      const later = drafts[j] as Draft;
      if (later.unit - d.unit > 2) break;
      if (later.speaker.kind === "named-person" && later.speaker.pendingRole === null && roleMatches(d, later)) {
        d.speaker = later.speaker;
        break;
      }
    }
  }
}

function roleMatches(unnamed: Draft, named: Draft): boolean {
  return named.speaker.roleClass !== null && named.speaker.roleClass === unnamed.speaker.pendingRole;
}

function toClaims(
  text: string,
  drafts: readonly Draft[],
  units: readonly Unit[],
  mentions: readonly EventMention[],
): Claim[] {
  const claims: Claim[] = [];
  const paragraphs = paragraphSpans(units);
  const contesting = new Set<string>();
  const frames = disputeFrames(text, units);
  const stances = drafts.map((d) => {
    const content = d.pieces.map((p) => text.slice(p.start, p.end)).join(" ");
    const u = units[d.unit] as Unit;
    const framed = !d.label && framedAsDispute(frames, d.unit, u.paragraph, d.speaker.text);
    const stance = framed ? "contests" : stanceOf(d.verb, content, text.slice(u.start, u.end));
    // Only a named person or an outlet is one voice; "officials" or "the army" may be two sides.
    // A body named in full ("Russia's Defence Ministry", whom "the ministry" resolves to) is one voice too.
    const oneVoice =
      d.speaker.kind === "named-person" ||
      d.speaker.kind === "media" ||
      (d.speaker.kind === "official-statement" && /\S\s+\S/u.test(d.speaker.text) && CONTEST_VERBS.has(d.verb));
    if (stance === "contests" && oneVoice && !d.label) contesting.add(voiceOf(d.speaker));
    return stance;
  });
  // "said A and accused B of C": the accusation takes the side of the statement it is joined to.
  drafts.forEach((d, i) => {
    const before = drafts[i - 1];
    const joined = stances[i - 1];
    if (
      /^(?:accused|blamed)$/.test(d.verb) &&
      before?.unit === d.unit &&
      before.speaker.text === d.speaker.text &&
      joined
    )
      stances[i] = joined;
  });
  drafts.forEach((d, i) => {
    const content = d.pieces
      .map((p) => text.slice(p.start, p.end))
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    // One word is too little to have been said, unless it is a name a cue takes ("the union endorsed Ruiz");
    // a generic "you" ("if you ask what you get …") is nobody's voice.
    if (
      (wordCount(content) < 2 && !(d.cue && ONE_NAME_RE.test(content))) ||
      NOT_A_SPEAKER_RE.test(d.speaker.text.trim()) ||
      /^(?:\p{L}+\s)?you$/iu.test(d.speaker.text.trim()) ||
      ADJUNCT_ONLY_RE.test(content)
    )
      return;
    const span = clampSpan(d.span, text.length);
    const u = units[d.unit] as Unit;
    // One speaker keeps one side within an article: a speaker who contests anything contests throughout.
    const stance = contesting.has(voiceOf(d.speaker)) && !d.label ? "contests" : (stances[i] ?? "asserts");
    claims.push({
      speaker: d.speaker.text,
      speakerKind: d.speaker.kind,
      text: content,
      stance,
      claimKind: claimKindOf(d.verb),
      cue: d.cue,
      mentionIndex: linkEvent(span, paragraphs.get(u.paragraph) ?? u, content, mentions),
      span,
    });
  });
  return claims;
}

/** Who a voice is: "Senator X" (found as "the senator") is X. */
function voiceOf(s: Speaker): string {
  return (s.person ?? s.text).toLowerCase();
}

/** Each paragraph's extent, from its units, in one pass. */
function paragraphSpans(units: readonly Unit[]): Map<number, Span> {
  const out = new Map<number, Span>();
  for (const u of units) {
    const p = out.get(u.paragraph);
    if (p) p.end = Math.max(p.end, u.end);
    else out.set(u.paragraph, { start: u.start, end: u.end });
  }
  return out;
}

/** The cue's span in the text: as the attribution found it, else the verb as written nearest the speaker. */
function cueSpan(a: Attribution, unitText: string, offset: number): Span | null {
  if (a.cue) return { start: a.cue.start + offset, end: a.cue.end + offset };
  const words = a.verb.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!words.length || !words[0]) return null;
  const re = new RegExp(`(?<![\\p{L}])${words.join("\\s+")}(?![\\p{L}])`, "giu");
  let best: Span | null = null;
  for (let m = re.exec(unitText); m !== null; m = re.exec(unitText)) {
    const at = { start: m.index + offset, end: m.index + m[0].length + offset };
    const d = Math.abs(m.index - a.speaker.end);
    if (!best || d < Math.abs(best.start - offset - a.speaker.end)) best = at;
  }
  return best;
}

function cover(pieces: readonly Range[]): Span {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const p of pieces) {
    start = Math.min(start, p.start);
    end = Math.max(end, p.end);
  }
  return Number.isFinite(start) ? { start, end } : { start: 0, end: 0 };
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(length, span.start));
  return { start, end: Math.max(start, Math.min(length, span.end)) };
}

/** Lower-cased scraped text has (almost) no capitals; name rules then stop relying on them. */
export function isMixedCase(text: string): boolean {
  // Counted in one pass over the first 20,000 code units, without the arrays a global match would build.
  const n = Math.min(text.length, 20000);
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        upper++;
        letters++;
      } else if (c >= 97 && c <= 122) letters++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    // An astral character whose pair is whole inside the sample is one code point, as the regex read it.
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) {
      if (i + 1 >= n) continue;
      i++;
    }
    if (LETTER.test(ch)) {
      letters++;
      if (UPPER.test(ch)) upper++;
    }
  }
  return upper / (letters || 1) > 0.005;
}

const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
