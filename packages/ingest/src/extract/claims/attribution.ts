import { ADJUNCT_AT_START, PREP_TAIL_RE, skipAdjuncts, skipHearer } from "./adjuncts.ts";
import { splitAssertions } from "./assertions.ts";
import { attitudeClause } from "./attitude.ts";
import { asideStatement, carrierAuthor, pollSpeaks, subjectBeforeMedium } from "./carriers.ts";
import { beforeContent, beforeSecondCue, nonEmpty, splitAdding, trimRange } from "./content.ts";
import { cueClauses, opensWithPreposition } from "./cue-clause.ts";
import { cueOf } from "./lexicon/cues.ts";
import {
  CONTEST_VERBS,
  HEARER_VERBS,
  QUOTE_TAG_VERBS,
  SAY_VERBS,
  SPEECH_VERB_RE,
  THAT_VERBS,
} from "./lexicon/speech-verbs.ts";
import { accordingTo, colonTag, nominalCue, passiveBy, quotedAsSaying, sayingClause } from "./markers.ts";
import { type Phrase, phraseAfter, phraseEndingAt, subjectBefore } from "./noun-phrase.ts";
import { participleClaims } from "./participles.ts";
import { findQuotes, maskQuotes, type QuoteSpan, wordCount } from "./quotes.ts";
import { relativeAfterSpeaker, relativeAndMain } from "./relative-speaker.ts";
import { looksLikeSpeaker, shapeOf } from "./speaker-phrase.ts";
import type { Attribution, Range, SpeakerTest } from "./types.ts";

export type { Attribution, Range } from "./types.ts";

// Verbs that carry a claim from any subject; weaker verbs need a subject that looks like a speaker.
const CORE = new Set(["say", "says", "said", "tell", "tells", "told", "stated", "add", "added", "adds"]);
// Forms that are also nouns ("the report", "its claims"): never after a determiner or a possessive.
const NOUNISH = new Set(
  "report reports claim claims state states note notes estimate estimates charge charges fear fears tweet tweets promise promises pledge pledges vow vows protest protests dispute disputes reply replies signal recall recalls tell add post posts tweet tweets".split(
    " ",
  ),
);
const NP_OBJECT_VERBS =
  /^(?:den(?:y|ies|ied)|claim(?:s|ed)?|reject(?:s|ed)?|dismiss(?:es|ed)?|confirm(?:s|ed)?|report(?:s|ed)?|announce[sd]?|condemn(?:s|ed)?|dispute[sd]?|contest(?:s|ed)?|refute[sd]?)$/;

const LABEL_START_RE = /^(?:describing|calling|branding|labell?ing|terming|dubbing)\s/iu;
const PREP_BEFORE_RE = /(?:^|[^\p{L}])(?:in|on|at|via|through|with|from|by|under|into|to|during)\s+$/iu;
// What a statement is made in: "in a statement posted on X", "in a video released by the group".
const MEDIUM_RE =
  /(?:^|\s)(?:statement|post|tweet|video|message|letter|interview|speech|address|broadcast|release|communiqu[eé]|report|clip|recording|bulletin|notice)s?$/iu;
// "Ruiz at the time said", "aides have in the past said": a time after a preposition stands between subject and verb.
const TIME_HEAD_RE =
  /(?:^|\s)(?:past|time|moment|meantime|end|weekend|week|month|year|day|night|morning|evening|afternoon|days|weeks|months|years|meeting|meetings|interviews|hearing|debate|rally)$/iu;
// A finite verb: what follows "told the paper" is then a clause that was told, not the circumstances of telling.
const FINITE_RE =
  /\b(?:had|has|have|was|were|is|are|will|would|could|should|can|may|might|must|did|does|do|\p{L}+ed)\b/iu;

// How a circumstance after a speech verb opens: a preposition, a subordinator, a manner adverb or a participle
// ("said cheerfully on the radio", "said as the results arrived", "told cheering crowds in the port").
const TAIL_START_RE =
  /^\s*(?:(?:of|about|in|at|on|outside|inside|near|after|before|during|from|aboard|following|ahead|via|through|by|with|as|while|when|because|since|though|although|until|once|where|amid|despite)\s|\p{Ll}+ly(?:\s|[.!?]*$)|\p{Ll}{3,}ing\s)/u;

/** The attribution of a unit, or null when nobody is said to say anything in it. */
export function attribute(text: string, mixedCase = true): Attribution | null {
  const quotes = speechQuotes(text);
  const masked = maskQuotes(text, quotes);
  const speakerLike = (phrase: string, lenient: boolean) => looksLikeSpeaker(phrase, lenient, mixedCase);
  return (
    colonTag(text, masked, mixedCase) ??
    asideStatement(masked, accordingTo(text, masked, speakerLike)) ??
    quotedAsSaying(text, masked) ??
    pollSpeaks(
      text,
      masked,
      speechVerb(text, masked, quotes, speakerLike, mixedCase) ??
        sayingClause(text, masked, speakerLike) ??
        passiveBy(text, masked, speakerLike) ??
        cueClausesOf(text, masked, speakerLike, mixedCase)[0] ??
        null,
      mixedCase,
    ) ??
    carrierAuthor(text, masked, nominalCue(text, masked, speakerLike), mixedCase) ??
    attitudeClause(text, masked, speakerLike) ??
    null
  );
}

// A sentence's cue clauses, asked for by attribute() and again by otherCues(): the last answer is kept.
let lastCues: { text: string; mixedCase: boolean; found: Attribution[] } | null = null;

function cueClausesOf(text: string, masked: string, speakerLike: SpeakerTest, mixedCase: boolean): Attribution[] {
  if (lastCues?.text === text && lastCues.mixedCase === mixedCase) return lastCues.found;
  const found = cueClauses(text, masked, speakerLike, mixedCase);
  lastCues = { text, mixedCase, found };
  return found;
}

// Where one sentence may hold two attributions: "X said A, while Y said B"; "A, X said; B, Y said".
const CLAUSE_SPLIT_RE = /;\s+|,\s+(?=(?:while|whereas|but)\s)/gu;

/** Every attribution of a unit: usually one, two when coordinated clauses each name a speaker. */
export function attributeAll(text: string, mixedCase = true): Attribution[] {
  const first = attribute(text, mixedCase);
  const masked = maskQuotes(text, speechQuotes(text));
  const speakerLike = (phrase: string, lenient: boolean) => looksLikeSpeaker(phrase, lenient, mixedCase);
  if (!first) return participleClaims(text, masked, [], speakerLike);
  const two = relativeAndMain(text, masked, (s) => attribute(s, mixedCase));
  if (two) return two;
  CLAUSE_SPLIT_RE.lastIndex = 0;
  for (let m = CLAUSE_SPLIT_RE.exec(masked), n = 0; m !== null && n < 4; m = CLAUSE_SPLIT_RE.exec(masked), n++) {
    const cut = m.index;
    const rest = m.index + m[0].length;
    const left = attribute(text.slice(0, cut), mixedCase);
    const right = attribute(text.slice(rest), mixedCase);
    if (!left || !right || left.content.length === 0 || right.content.length === 0) continue;
    return [left, shift(right, rest)];
  }
  const relative = relativeAfterSpeaker(text, masked, first, (s) => attribute(s, mixedCase));
  const found = [
    ...splitAssertions(text, masked, first, (phrase) => looksLikeSpeaker(phrase, false, mixedCase)),
    ...(relative ? [relative] : []),
  ];
  const all = [...found, ...otherCues(text, masked, found, speakerLike, mixedCase)];
  return [...all, ...participleClaims(text, masked, all, speakerLike)];
}

const SECOND_PREDICATE_RE = /[\s,](?:and|but)\s+(?:also\s+|then\s+|later\s+|again\s+)?$/iu;
const CUT_MID_PHRASE_RE =
  /(?:^|\s)(?:of|as|that|to|and|or|but|the|a|an|in|on|at|for|with|by|from|while|when|because|saying|adding)$/iu;

/**
 * Cue clauses of the sentence outside what was already found: "Sanders, who endorsed Clinton, said he …" holds
 * two attributions. Each ends before the next attribution already found begins.
 */
function otherCues(
  text: string,
  masked: string,
  found: readonly Attribution[],
  speakerLike: SpeakerTest,
  mixedCase: boolean,
): Attribution[] {
  // A first attribution read as a cue clause leaves the sentence's later cue clauses to this loop ("X called the
  // plan reckless and said …"); the first one itself lies inside what it took.
  // What an attribution already found spans, from its first piece (speaker or content) to its last.
  const taken = found.map((a) => {
    const ends = [a.speaker, ...a.content];
    return { start: Math.min(...ends.map((r) => r.start)), end: Math.max(...ends.map((r) => r.end)) };
  });
  const starts = found.flatMap((a) => [a.speaker.start, ...a.content.map((r) => r.start)]);
  const out: Attribution[] = [];
  for (const c of cueClausesOf(text, masked, speakerLike, mixedCase)) {
    const at = c.cue?.start ?? c.speaker.end;
    // The same verb again is the one already read, unless it opens a second predicate ("…, and said that …").
    const again =
      found.some((a) => a.verb === c.verb) && !SECOND_PREDICATE_RE.test(masked.slice(Math.max(0, at - 12), at));
    const ownObject = objectBeforeSaying(c, found);
    if ((taken.some((r) => at >= r.start && at < r.end) || again) && !ownObject) continue;
    const stop = Math.min(...starts.filter((x) => x > at), text.length);
    const content = c.content
      .filter((r) => r.start < stop)
      .map((r) => trimRange(text, r.start, Math.min(r.end, stop)))
      .filter(nonEmpty);
    // Cut off mid-phrase ("deliveries of", "…, as"): the sentence is built otherwise than read.
    const last = content[content.length - 1];
    if (!last || CUT_MID_PHRASE_RE.test(text.slice(last.start, last.end))) continue;
    if (ownObject || content.every((r) => !taken.some((t) => r.start < t.end && t.start < r.end)))
      out.push({ ...c, content });
  }
  return out;
}

/**
 * "Ruiz endorsed Lopez, saying she would …": the main verb's own object, before the ", saying" clause that was read
 * as the content, is an attribution of its own when the cue is a stance (support, endorsement, opposition) toward it.
 */
function objectBeforeSaying(c: Attribution, found: readonly Attribution[]): boolean {
  if (!c.cue || cueOf(c.verb)?.cueClass !== "intention") return false;
  const cueEnd = c.cue.end;
  return found.some(
    (a) =>
      !a.cue &&
      a.speaker.start === c.speaker.start &&
      a.speaker.end === c.speaker.end &&
      c.content.every((r) => r.start >= cueEnd && a.content.every((q) => r.end <= q.start)),
  );
}

function shift(a: Attribution, by: number): Attribution {
  const move = (r: Range) => ({ start: r.start + by, end: r.end + by });
  return { ...a, speaker: { ...a.speaker, ...move(a.speaker) }, content: a.content.map(move) };
}

function speechVerb(
  text: string,
  masked: string,
  quotes: readonly QuoteSpan[],
  looksLikeSpeaker: SpeakerTest,
  mixedCase: boolean,
): Attribution | null {
  SPEECH_VERB_RE.lastIndex = 0;
  let guard = 0;
  for (let m = SPEECH_VERB_RE.exec(masked); m !== null && guard < 20; m = SPEECH_VERB_RE.exec(masked), guard++) {
    const verb = (m[1] as string).toLowerCase().replace(/\s+/g, " ");
    // "United States", "The Report": a capitalised verb inside a sentence is a name.
    if (mixedCase && /^\p{Lu}/u.test(m[1] as string) && m.index > 0) continue;
    const verbStart = m.index;
    const verbEnd = m.index + m[0].length;
    // "(Gulf Maritime Report)": a word that closes a bracket is a name's last word, not a verb.
    if (/^\s*\)/u.test(masked.slice(verbEnd, verbEnd + 3))) continue;
    const found =
      forward(text, masked, verb, verbStart, verbEnd, quotes, looksLikeSpeaker) ??
      inverted(text, masked, verb, verbStart, verbEnd, looksLikeSpeaker, mixedCase);
    if (found) return found;
  }
  return null;
}

/** "…," said Sen. X, chairman of … / "…", say command officials. */
function inverted(
  text: string,
  masked: string,
  verb: string,
  verbStart: number,
  verbEnd: number,
  looksLikeSpeaker: SpeakerTest,
  mixedCase: boolean,
): Attribution | null {
  const pre = masked.slice(0, verbStart).trimEnd();
  // '"…," warned Clinton.': right after a closing quote any speech verb may come before its speaker.
  const afterQuote = /["”»],?$/u.test(pre) && cueOf(verb)?.cueClass === "speech";
  if (!(SAY_VERBS.has(verb) || QUOTE_TAG_VERBS.has(verb) || afterQuote) || HEARER_VERBS.has(verb)) return null;
  // "…, has said X" is not English: an auxiliary means the subject came first.
  if (!/^\p{L}+$/u.test(masked.slice(verbStart, verbEnd))) return null;
  if (pre.length > 0 && !/[,"”»—–:]$/u.test(pre)) return null;
  const np = phraseAfter(masked, verbEnd);
  if (!np) return null;
  const rest = skipAdjuncts(masked, np.end);
  // '"…," said a man who runs a bakery.': a relative clause on the speaker, to the sentence's end.
  const relative = /^\s*,?\s*(?:who|whose)\s[^"“”«»]*$/u.test(masked.slice(np.end));
  if (!relative && !/^\s*(?:[,.;:(—–]|-\s|$)/u.test(masked.slice(rest))) return null;
  // After a closing quote any phrase is the speaker ('"…," wrote one reader'); after plain prose it must look like one.
  if (!looksLikeSpeaker(text.slice(np.start, np.end), /["”»]\s*,?$|,\s*["”»]$/u.test(pre))) return null;
  const content = [...beforeContent(text, masked, verbStart), ...quoteResumed(text, masked, rest)];
  // '"…," said the commander of the brigade, Col. Ivan Petrov.': the name after the role is the speaker.
  const named = /^,\s*([^,;:()"“”_]{2,60}?)\s*[.!?]?\s*$/u.exec(masked.slice(np.end));
  if (named?.[1] && shapeOf(text.slice(np.start, np.end), mixedCase).type !== "person") {
    const start = np.end + named[0].indexOf(named[1]);
    const name = { start, end: start + named[1].length, anonymous: false };
    if (shapeOf(text.slice(name.start, name.end), mixedCase).type === "person") {
      return { speaker: name, content, verb, anonymous: false, statement: false };
    }
  }
  return { speaker: np, content, verb, anonymous: /anonym/i.test(masked.slice(np.end)), statement: false };
}

/** Whether the content before the speaker is prose (no quote) while what follows the comma is a quote. */
function plainBeforeQuote(text: string, before: readonly Range[], tail: string): boolean {
  const first = before[0];
  return (
    first !== undefined &&
    /^["“«]/u.test(tail) &&
    !/["“”«»]/u.test(text.slice(Math.max(0, first.start - 2), first.end + 2))
  );
}

/** '"A," said X, "B."': the quote that resumes after the speaker, as a second piece of the content. */
function quoteResumed(text: string, masked: string, at: number): Range[] {
  const comma = /^\s*,\s*/u.exec(masked.slice(at, at + 6));
  if (!comma) return [];
  const q = findQuotes(text).find((x) => x.start === at + comma[0].length);
  return q?.closed ? [trimRange(text, q.start, q.end)].filter(nonEmpty) : [];
}

/** "X said (that) …", "…, X said.", "…, X said, adding that …". */
function forward(
  text: string,
  masked: string,
  verb: string,
  verbStart: number,
  verbEnd: number,
  quotes: readonly QuoteSpan[],
  looksLikeSpeaker: SpeakerTest,
): Attribution | null {
  let sp: Phrase | null = subjectBefore(masked, verbStart);
  if (!sp) return null;
  // "In a statement posted on X, …": a phrase right after a preposition is its object, never the verb's subject;
  // "Ruiz in a blog post said", "Ruiz at the time said": the subject is the phrase before the preposition.
  if (
    !/[,—–(]/u.test(masked.slice(sp.end, verbStart)) &&
    (MEDIUM_RE.test(masked.slice(sp.start, sp.end)) || TIME_HEAD_RE.test(masked.slice(sp.start, sp.end))) &&
    PREP_BEFORE_RE.test(masked.slice(Math.max(0, sp.start - 12), sp.start))
  ) {
    sp = subjectBeforeMedium(text, masked, sp.start, (phrase) => looksLikeSpeaker(phrase, CORE.has(verb)));
    if (!sp) return null;
  }
  // "In a Facebook post on Monday, Ruiz urged …", "a run of Twitter posts": "post" there is a noun.
  if (
    NOUNISH.has(verb) &&
    (opensWithPreposition(masked, sp.start) ||
      /(?:^|\s)of\s+$/iu.test(masked.slice(Math.max(0, sp.start - 4), sp.start)))
  )
    return null;
  // "The strike — which officials said killed 10 — was …": the claim is about the relative pronoun's antecedent.
  const relative = /(?:^|[\s,—–-])(?:which|that|who)\s+$/iu.exec(masked.slice(Math.max(0, sp.start - 12), sp.start));
  if (relative) return relativeClaim(text, masked, sp, verb, verbEnd, looksLikeSpeaker);
  // "…, a charge Hamas denies": the speaker follows the claim noun; the content is the clause before.
  const claimNoun =
    /^(?:a|an|the|this|that)?\s*(?:claim|charge|accusation|allegation|assertion|account|version|figure|report|characteri[sz]ation|move|decision|step|measure|plan|policy|action|strike|attack|raid|number|toll|incident)s?\s+/iu.exec(
      masked.slice(sp.start, sp.end),
    );
  if (claimNoun && sp.start + claimNoun[0].length < sp.end && /,\s*$/u.test(masked.slice(0, sp.start))) {
    // "a move critics called “extreme”": a label, not a claim about the clause before.
    if (THAT_VERBS.has(verb) && !CONTEST_VERBS.has(verb)) return null;
    const who = { start: sp.start + claimNoun[0].length, end: sp.end, anonymous: sp.anonymous };
    if (!looksLikeSpeaker(text.slice(who.start, who.end), false)) return null;
    return { speaker: who, content: beforeContent(text, masked, sp.start), verb, anonymous: false, statement: false };
  }
  // "media reports said": the first word was a noun after all.
  if (/^\s+(?:said|says|say|told|stated|reported|added|claimed)\b/iu.test(masked.slice(verbEnd, verbEnd + 12)))
    return null;
  const speakerText = text.slice(sp.start, sp.end);
  if (NOUNISH.has(verb) && /^(?:a|an|the|its|his|her|their|our|this|that)$|['’]s$/i.test(lastWord(speakerText)))
    return null;
  // A quote tag right after a quote ('"…," the harbour master continued') tags it, whoever the subject is.
  const tagsQuote = QUOTE_TAG_VERBS.has(verb) && /["”»’]\s*,?\s*$|,\s*["”»’]\s*$/u.test(masked.slice(0, sp.start));
  // '"…," another reader wrote': right after a quote, the phrase before a speech verb is whoever said it.
  const afterClosingQuote = SAY_VERBS.has(verb) && /["”»’]\s*,?\s*$|,\s*["”»’]\s*$/u.test(masked.slice(0, sp.start));
  if (!looksLikeSpeaker(speakerText, CORE.has(verb) || tagsQuote || afterClosingQuote)) return null;
  const statement =
    /\b(?:in|via) (?:a|an|its|his|her|their) (?:[\p{L}-]+ ){0,2}?(?:statement|communique|release)\b/iu.test(
      masked.slice(0, sp.start),
    );
  let at = verbEnd;
  if (HEARER_VERBS.has(verb)) {
    at = skipHearer(text, masked, at);
    // "told her to leave" is an order, not a claim.
    if (/^\s*to\s/iu.test(masked.slice(at))) return null;
  }
  at = skipAdjuncts(masked, at);
  const rest = masked.slice(at);
  // "who asked not to be named", "urged them to leave": a request, not a claim.
  if (
    /^(?:ask|asks|asked|urge|urges|urged|beg|begged|request|requested)$/u.test(verb) &&
    /^\s*(?:not\s+)?to\s/iu.test(rest)
  )
    return null;
  // '"…," Lopez told reporters outside the Capitol.': a short place or time tail after a quoted claim.
  const afterQuote = /[,"”»]\s*$/u.test(masked.slice(0, sp.start)) && beforeContent(text, masked, sp.start).length > 0;
  // '"…," he told the Daily Planet by phone from Kabul.': after "told" and its hearer, no that-clause, quote or
  // colon means the rest is circumstance, and the quote before is what was told.
  const toldTail =
    HEARER_VERBS.has(verb) &&
    afterQuote &&
    (/["”»’]\s*,?\s*$|,\s*["”»’]\s*$/u.test(masked.slice(0, sp.start)) || !FINITE_RE.test(rest)) &&
    !/\bthat\b|[:"“”«»,;]/iu.test(rest);
  // '"…," he said at a rally in the port city on Friday.', '"…," he said as the crowd booed.': after
  // a quote or a clause, what follows the verb is its circumstance when it opens like one and holds no that-clause.
  const quoteBefore = /["”»’]\s*,?\s*$|,\s*["”»’]\s*$/u.test(masked.slice(0, sp.start));
  const circumstance =
    afterQuote &&
    (quoteBefore || FINITE_RE.test(masked.slice(0, sp.start))) &&
    // The circumstance may run past what skipAdjuncts steps over: "said in an interview with the host Jane Roe on X".
    (TAIL_START_RE.test(rest) || TAIL_START_RE.test(masked.slice(verbEnd))) &&
    !/\bthat\b|[:"“”«»]/iu.test(rest);
  const toldQuote = HEARER_VERBS.has(verb) && afterQuote && quoteBefore && !/\bthat\b|[:"“”«»]/iu.test(rest);
  // "…, CNN reported at least six planes were seen": "at least" opens the clause that was said, not a circumstance.
  const countFirst = /^\s*at\s+(?:least|most)\s/iu.test(rest) && FINITE_RE.test(rest);
  const tailOnly = !countFirst && ((PREP_TAIL_RE.test(rest) && afterQuote) || toldTail || circumstance || toldQuote);
  // '"…," he continued.': a quote tag carries the quote before it and nothing else.
  if (
    QUOTE_TAG_VERBS.has(verb) &&
    !(quoteBefore && (tailOnly || /^\s*(?:[.!?,]|$)/u.test(rest))) &&
    !/^\s*[,:]\s*["“]/u.test(rest)
  )
    return null;
  // Content before the attribution: "…, X said." or "…, X said, adding that …".
  if (tailOnly || /^\s*(?:[.!?]+["”’)]*)?\s*$/u.test(rest) || /^\s*,/u.test(rest)) {
    const pieces = beforeContent(text, masked, sp.start);
    const comma = /^\s*,\s*(?:(?:adding|saying|noting|stressing|explaining|warning|arguing)(?:\s+that)?\s+)?/iu.exec(
      rest,
    );
    if (comma) {
      const start = at + comma[0].length;
      const tail = masked.slice(start);
      // ", speaking on condition of anonymity" or ", citing …" after the verb is about the speaker, not content.
      // ", describing them as …" is a label the speaker gave: kept, and split off as its own claim.
      const gloss =
        !/(?:adding|saying|noting|stressing|explaining|warning|arguing)/iu.test(comma[0]) &&
        !(LABEL_START_RE.test(tail) && !/^\p{L}+\s+(?:how|what|why|where|when|whether)\b/iu.test(tail)) &&
        // ", probably meaning …", ", just before the vote": a manner adverb may lead the participle.
        (/^(?:\p{Ll}+ly\s+)?(?:\p{L}+ing|citing|according|who|which|in a|on condition|speaking|formerly|previously|now|also known|known as)\b/iu.test(
          tail,
        ) ||
          /^(?:just|shortly|moments?|minutes?|hours?|days?|weeks?)\s+(?:before|after|prior to|later|earlier)\b/iu.test(
            tail,
          ) ||
          ADJUNCT_AT_START.test(tail) ||
          // '"…," the judge told Maria Lopez, a local reporter.': an appositive, no clause.
          (/^(?:a|an|another)\s/iu.test(tail) && !FINITE_RE.test(tail)));
      if (!gloss && start < text.length && /[\p{L}\p{N}"“]/u.test(text.slice(start))) {
        // 'Asked about the vote, Ruiz said, "…"': before a quote, a clause of plain prose is the occasion.
        if (plainBeforeQuote(text, pieces, tail)) pieces.length = 0;
        pieces.push(trimRange(text, start, text.length));
      }
    }
    return {
      speaker: sp,
      content: pieces.filter(nonEmpty),
      verb,
      anonymous: sp.anonymous || anonymityAfter(masked, verbEnd),
      statement,
    };
  }
  // "X said: …" and "Obama said of the deal: …".
  const colon = /^\s*(?:(?:of|about|on|to)\s[^,;:"“”_.]{1,60})?:\s*/u.exec(rest);
  if (colon) {
    const start = at + colon[0].length;
    return { speaker: sp, content: [trimRange(text, start, text.length)], verb, anonymous: sp.anonymous, statement };
  }
  // "X criticized the plan, saying it would …": the participle carries the content.
  const saying =
    /^[^.;:"“”]{0,80}?,\s*(?:saying|adding|arguing|insisting|warning|noting|claiming)(?:\s+that)?\s+/iu.exec(rest);
  if (saying && !/^\s*that\b/iu.test(rest) && (THAT_VERBS.has(verb) || CONTEST_VERBS.has(verb))) {
    const range = trimRange(text, at + saying[0].length, text.length);
    if (range.end > range.start) return { speaker: sp, content: [range], verb, anonymous: sp.anonymous, statement };
  }
  // Content after the verb: "X said (that) …", "X contested the claim that …".
  let start = at;
  // "said in its daily update that …", "told a meeting of the council that …": the that-clause is the content.
  const that =
    /^\s*that\s+/iu.exec(rest) ??
    /^\s*(?:in|on|at|during|to|through|via|after|before|from|by|while|(?:carried|released|issued|published|posted|broadcast|aired)\s+(?:by|on|in))\s[^,;:"“”_]{0,60}?\bthat\s+/iu.exec(
      rest,
    );
  if (that) start = at + that[0].length;
  else if (THAT_VERBS.has(verb) || CONTEST_VERBS.has(verb) || HEARER_VERBS.has(verb)) {
    const later = /^[^,;:"“”]{0,80}?\bthat\s+/iu.exec(rest);
    if (later) start = at + later[0].length;
    else if (/^(?:accuse[sd]?|charged?|charges)$/.test(verb) && /^[^,;:.]{1,60}?\bof\s+\p{L}+ing\b/iu.test(rest))
      start = at;
    else if (THAT_VERBS.has(verb) && !quoteAfter(quotes, masked, at)) return null;
  }
  let end = text.length;
  // "While officials stressed X, Y": the claim ends at the clause's comma.
  if (/^\s*(?:while|although|though|even though|even as|whereas)\b/i.test(masked.slice(0, sp.start))) {
    const comma = masked.indexOf(",", start);
    if (comma > start) end = comma;
  }
  let range = trimRange(text, start, end);
  if (range.end <= range.start) return null;
  // "has said little about it", "said nothing": no content was said.
  const said = text.slice(range.start, range.end);
  // "told reporters so": the content is the quote before.
  if (!that && /^so(?:\s+(?:on|in|at|last|this)\b.*)?$/iu.test(said)) {
    return { speaker: sp, content: [], verb, anonymous: sp.anonymous, statement };
  }
  if (
    !that &&
    /^(?:(?:little|nothing|much|this|that|it|otherwise|yes|no)\b(?:\s+(?:about|on|of)\b|$)|(?:the )?same(?: thing)?\b)/iu.test(
      said,
    )
  )
    return null;
  // "warns of “catastrophe”", "spoke about the war": a topic, not something said.
  if (
    !that &&
    /^(?:of|against|about(?!\s+(?:\d|(?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|\p{L}+ty|a dozen|dozens|hundreds?|thousands?)\b)))\s/iu.test(
      said,
    )
  )
    return null;
  // "Hezbollah denied the Israeli account": a short object is only a claim together with its verb.
  if (!that && NP_OBJECT_VERBS.test(verb) && wordCount(text.slice(range.start, range.end)) <= 4) {
    range = trimRange(text, sp.start, range.end);
  }
  return {
    speaker: sp,
    content: splitAdding(text, masked, trimRange(text, range.start, beforeSecondCue(masked, range.start, range.end))),
    verb,
    anonymous: sp.anonymous || anonymityAfter(masked, verbEnd),
    statement,
  };
}

function relativeClaim(
  text: string,
  masked: string,
  sp: Phrase,
  verb: string,
  verbEnd: number,
  looksLikeSpeaker: SpeakerTest,
): Attribution | null {
  if (!looksLikeSpeaker(text.slice(sp.start, sp.end), true)) return null;
  const pronoun = /(?:which|that|who)\s+$/iu.exec(masked.slice(0, sp.start));
  if (!pronoun) return null;
  let k = pronoun.index;
  while (k > 0 && /[\s,—–-]/u.test(masked[k - 1] as string)) k--;
  const ante = phraseEndingAt(masked, k);
  const stop = /[,;—–]|\s-\s|[.!?](?:\s|$)/u.exec(masked.slice(verbEnd));
  const end = stop ? verbEnd + stop.index : text.length;
  if (!ante) return null;
  const pieces = [trimRange(text, ante.start, ante.end), trimRange(text, verbEnd, end)].filter(nonEmpty);
  return pieces.length === 2 ? { speaker: sp, content: pieces, verb, anonymous: sp.anonymous, statement: false } : null;
}

/** Quotes to mask: every closed one, and an open one only where a quotation starts (a stray " is no quote). */
function speechQuotes(text: string): QuoteSpan[] {
  return findQuotes(text).filter((q) => q.closed || /(?:^|[:,]|\bsaid|\bsays)\s*$/u.test(text.slice(0, q.start)));
}

function anonymityAfter(masked: string, from: number): boolean {
  return /^[^.;]{0,60}?\banonym/i.test(masked.slice(from, from + 80));
}

/** A quote opening within a few words of `at`: "called the plan “a giveaway”", not one a clause later. */
function quoteAfter(quotes: readonly QuoteSpan[], masked: string, at: number): boolean {
  const q = quotes.find((x) => x.start >= at);
  return (
    q !== undefined &&
    q.start - at <= 40 &&
    !/[,;:]|\b(?:said|says|told|added|wrote)\b/iu.test(masked.slice(at, q.start))
  );
}

function lastWord(s: string): string {
  const words = s.trim().split(/\s+/);
  return words[words.length - 1] ?? "";
}
