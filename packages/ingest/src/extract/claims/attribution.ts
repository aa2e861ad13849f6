import { OUTLET_RE } from "./lexicon/organisations.ts";
import { CONTEST_VERBS, HEARER_VERBS, SAY_VERBS, SPEECH_VERB_RE, THAT_VERBS } from "./lexicon/speech-verbs.ts";
import { type Phrase, phraseAfter, phraseEndingAt, subjectBefore } from "./noun-phrase.ts";
import { findQuotes, maskQuotes, type QuoteSpan, wordCount } from "./quotes.ts";
import { looksLikeSpeaker } from "./speaker-phrase.ts";

export interface Range {
  start: number;
  end: number;
}

/** Who is said to have said what in one unit; offsets are into the unit's text. */
export interface Attribution {
  speaker: Range;
  /** The asserted content, one or two pieces; empty when the content is the previous unit's quote. */
  content: Range[];
  /** The speech verb as written, lower-cased ("said", "according to", "quoted"). */
  verb: string;
  anonymous: boolean;
  /** "In a statement, X said": the speaker spoke through a written statement. */
  statement: boolean;
}

// Verbs that carry a claim from any subject; weaker verbs need a subject that looks like a speaker.
const CORE = new Set(["say", "says", "said", "tell", "tells", "told", "stated", "add", "added", "adds"]);
// Forms that are also nouns ("the report", "its claims"): never after a determiner or a possessive.
const NOUNISH = new Set(
  "report reports claim claims state states note notes estimate estimates charge charges fear fears tweet tweets promise promises pledge pledges vow vows protest protests dispute disputes reply replies signal recall recalls tell add".split(
    " ",
  ),
);
const WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const MONTH = "january|february|march|april|may|june|july|august|september|october|november|december";
// Phrases that may follow a speech verb without being content: times, channels, manners.
const ADJUNCT_RE = new RegExp(
  [
    `(?:on |late |early |last |this |earlier |later )?(?:${WEEKDAY}|today|yesterday|tonight)(?: (?:night|morning|evening|afternoon))?(?!['’]s)`,
    `(?:last|this|earlier this|later this|next) (?:week|month|year|weekend|night|morning|evening|afternoon)`,
    `(?:on |in )?(?:${MONTH})(?: \\d{1,2}(?:st|nd|rd|th)?)?`,
    `in (?:a|an|its|his|her|their|the|one|separate|joint)(?: [\\p{L}-]+){0,2} (?:statement|interview|tweet|post|briefing|speech|letter|report|release|message|video|address|conference|communique|remarks|filing|note|email|memo|op-ed|column|essay|book|submission|testimony|podcast|broadcast|appearance|call|decree|tweets|posts|comments|response)(?: (?:on|with|to|by|from) (?:the )?[\\p{L}\\p{N}.-]+(?: [\\p{L}\\p{N}.-]+){0,2})?`,
    `at (?:a|an|the)(?: [\\p{L}-]+){0,2}? (?:conference|briefing|meeting|hearing|rally|summit|event|session|ceremony)`,
    `(?:(?:while )?speaking )?(?:on|under) (?:the )?condition (?:of|that) anonymity(?: (?:to|because|as|since|so as to) [^,.;:"“”]{0,120})?|anonymously|on background`,
    `(?:because|as|since) (?:he|she|they|the official|the source)s? (?:was|were|is|are) not authori[sz]ed[^,.;:"“”]{0,120}`,
    `on (?:(?:his|her|their|its|the|a) )?(?:[\\p{L}.]+ ){0,2}?(?:twitter|x|facebook|telegram|instagram|tiktok|youtube|truth social|social media|account|page|channel|website|blog|podcast|television|tv|radio)`,
    `by (?:phone|telephone|email|e-mail)`,
    `also|again|further|earlier|later|previously|recently|separately|too|publicly|privately|repeatedly|bluntly|flatly|firmly|emphatically`,
    `(?:to|told) (?:reporters|journalists|the press|the media|lawmakers|parliament|the assembly)`,
  ].join("|"),
  "iu",
);
const NP_OBJECT_VERBS =
  /^(?:den(?:y|ies|ied)|claim(?:s|ed)?|reject(?:s|ed)?|dismiss(?:es|ed)?|confirm(?:s|ed)?|report(?:s|ed)?|announce[sd]?|condemn(?:s|ed)?|dispute[sd]?|contest(?:s|ed)?|refute[sd]?)$/;
const PREP_TAIL_RE =
  /^\s*(?:in|at|outside|inside|near|after|before|during|from|on|aboard|following|ahead of|via|through|by|to|posted|published|released|broadcast|aired|shared|issued|carried)\s[^,;:"“”_]{0,80}?[.!?]?\s*$/iu;
const ADJUNCT_AT_START = new RegExp(`^\\s*(?:${ADJUNCT_RE.source})(?![\\p{L}\\p{N}])`, "iu");
const HEARERS_RE =
  /^\s*(?:reporters|journalists|lawmakers|legislators|parliament|congress|senators|delegates|supporters|mps|members|voters|students|troops|residents|crowds?|the (?:house|bbc)|the (?:press|media|council|committee|assembly|parliament|senate|house|audience|crowd|conference|newspaper|broadcaster|station|agency|channel|network)|me|us|him|her|them|a (?:news|press) conference|the (?:[\p{Lu}][\p{L}-]*\s?){1,4}|(?:[\p{Lu}][\p{L}.&-]*\s?){1,4})(?![\p{L}])/u;

/** The attribution of a unit, or null when nobody is said to say anything in it. */
export function attribute(text: string, mixedCase = true): Attribution | null {
  const quotes = findQuotes(text);
  const masked = maskQuotes(text, quotes);
  const speakerLike = (phrase: string, lenient: boolean) => looksLikeSpeaker(phrase, lenient, mixedCase);
  return (
    accordingTo(text, masked, speakerLike) ??
    quotedAsSaying(text, masked) ??
    speechVerb(text, masked, quotes, speakerLike, mixedCase) ??
    sayingClause(text, masked, speakerLike)
  );
}

type SpeakerTest = (phrase: string, lenient: boolean) => boolean;

// Where one sentence may hold two attributions: "X said A, while Y said B"; "A, X said; B, Y said".
const CLAUSE_SPLIT_RE = /;\s+|,\s+(?=(?:while|whereas|but)\s)/gu;

/** Every attribution of a unit: usually one, two when coordinated clauses each name a speaker. */
export function attributeAll(text: string, mixedCase = true): Attribution[] {
  const first = attribute(text, mixedCase);
  if (!first) return [];
  const masked = maskQuotes(text, findQuotes(text));
  CLAUSE_SPLIT_RE.lastIndex = 0;
  for (let m = CLAUSE_SPLIT_RE.exec(masked), n = 0; m !== null && n < 4; m = CLAUSE_SPLIT_RE.exec(masked), n++) {
    const cut = m.index;
    const rest = m.index + m[0].length;
    const left = attribute(text.slice(0, cut), mixedCase);
    const right = attribute(text.slice(rest), mixedCase);
    if (!left || !right || left.content.length === 0 || right.content.length === 0) continue;
    return [left, shift(right, rest)];
  }
  return [first];
}

function shift(a: Attribution, by: number): Attribution {
  const move = (r: Range) => ({ start: r.start + by, end: r.end + by });
  return { ...a, speaker: { ...a.speaker, ...move(a.speaker) }, content: a.content.map(move) };
}

// "according to X", "via a statement issued by X", "in a statement from X".
const ACCORDING_RE =
  /\b(?:according to|(?:via|in|through) (?:a|an|the) (?:[\p{L}-]+ )?(?:statement|communique|release|post|tweet|message)(?: (?:issued|released|posted|published|put out))? (?:by|from))\s+/iu;

// Common irregular past forms that end a sentence's subject: "X hit back, saying …".
const IRREGULAR_PAST = new Set(
  "hit struck took made gave went came spoke wrote set put held stood sought fought led met broke rose drew threw shot spent kept lost won".split(
    " ",
  ),
);

/** "Senator X attacked the plan, saying it would …": the sentence's subject said what follows "saying". */
function sayingClause(text: string, masked: string, looksLikeSpeaker: SpeakerTest): Attribution | null {
  const m = /,\s*(?:saying|insisting|arguing|claiming|warning|stressing)\s+(?:that\s+)?/iu.exec(masked);
  if (!m) return null;
  const head = masked.slice(0, m.index);
  const lead = /^(?:(?:on|in|at|after|before|during|late|early|last|earlier|later)\b[^,]{0,40},\s*)?/iu.exec(head);
  const from = lead?.[0].length ?? 0;
  const re = /\S+/gu;
  re.lastIndex = from;
  let end = -1;
  let verb = "";
  for (let w = re.exec(head), n = 0; w !== null && n < 8; w = re.exec(head), n++) {
    const word = w[0].toLowerCase();
    if (n > 0 && (/^\p{Ll}+ed$/u.test(w[0]) || IRREGULAR_PAST.has(word))) {
      end = w.index;
      verb = word;
      break;
    }
  }
  if (end < 0) return null;
  const aux = /(?:\s+(?:has|have|had|was|were|is|also|again|then|on \p{L}+day))+\s*$/iu.exec(text.slice(from, end));
  const speaker = trimRange(text, from, aux ? end - aux[0].length : end);
  if (speaker.end <= speaker.start || !looksLikeSpeaker(text.slice(speaker.start, speaker.end), false)) return null;
  const content = trimRange(text, m.index + m[0].length, text.length);
  if (content.end <= content.start) return null;
  return { speaker: { ...speaker }, content: [content], verb, anonymous: false, statement: false };
}

/** "…, according to X." / "According to X, …". */
function accordingTo(text: string, masked: string, looksLikeSpeaker: SpeakerTest): Attribution | null {
  const m = ACCORDING_RE.exec(masked);
  if (!m) return null;
  const np = phraseAfter(masked, m.index + m[0].length);
  if (!np || !looksLikeSpeaker(text.slice(np.start, np.end), true)) return null;
  const content = around(text, masked, m.index, np.end);
  const statement = !/^according/i.test(m[0]);
  return { speaker: np, content, verb: "according to", anonymous: np.anonymous, statement };
}

/** "X quoted Y as saying …" and "Y was quoted as saying …": Y is the speaker. */
function quotedAsSaying(text: string, masked: string): Attribution | null {
  const m = /\bquoted\s+/i.exec(masked);
  if (!m) return null;
  const after = m.index + m[0].length;
  const passive = /^(?:by\s+[^,;:]{1,60}?\s+)?as\s+saying\s+(?:that\s+)?/i.exec(masked.slice(after));
  if (passive) {
    const aux = /\b(?:was|were|is|are|has been|had been|have been)\s+$/i.exec(masked.slice(0, m.index));
    const sp = subjectBefore(masked, aux ? aux.index : m.index);
    if (!sp) return null;
    const start = after + passive[0].length;
    return {
      speaker: sp,
      content: [trimRange(text, start, text.length)],
      verb: "quoted",
      anonymous: sp.anonymous,
      statement: false,
    };
  }
  const np = phraseAfter(masked, after);
  if (!np) return null;
  const rest = /^\s*as\s+saying\s*(?:that\s+)?/i.exec(masked.slice(np.end));
  if (!rest) return null;
  const start = np.end + rest[0].length;
  const content =
    start < text.length - 1 ? [trimRange(text, start, text.length)] : beforeContent(text, masked, m.index);
  return { speaker: np, content, verb: "quoted", anonymous: np.anonymous, statement: false };
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
    const verb = (m[1] as string).toLowerCase();
    // "United States", "The Report": a capitalised verb inside a sentence is a name.
    if (mixedCase && /^\p{Lu}/u.test(m[1] as string) && m.index > 0) continue;
    const verbStart = m.index;
    const verbEnd = m.index + m[0].length;
    const found =
      forward(text, masked, verb, verbStart, verbEnd, quotes, looksLikeSpeaker) ??
      inverted(text, masked, verb, verbStart, verbEnd, looksLikeSpeaker);
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
): Attribution | null {
  if (!SAY_VERBS.has(verb) || HEARER_VERBS.has(verb)) return null;
  // "…, has said X" is not English: an auxiliary means the subject came first.
  if (!/^\p{L}+$/u.test(masked.slice(verbStart, verbEnd))) return null;
  const pre = masked.slice(0, verbStart).trimEnd();
  if (pre.length > 0 && !/[,"”»—–:]$/u.test(pre)) return null;
  const np = phraseAfter(masked, verbEnd);
  if (!np) return null;
  const rest = skipAdjuncts(masked, np.end);
  if (!/^\s*(?:[,.;:(—–]|-\s|$)/u.test(masked.slice(rest))) return null;
  // After a closing quote any phrase is the speaker; after plain prose it must look like one.
  if (!looksLikeSpeaker(text.slice(np.start, np.end), CORE.has(verb) && /["”»]\s*,?$|,\s*["”»]$/u.test(pre)))
    return null;
  const content = beforeContent(text, masked, verbStart);
  return { speaker: np, content, verb, anonymous: /anonym/i.test(masked.slice(np.end)), statement: false };
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
  const sp: Phrase | null = subjectBefore(masked, verbStart);
  if (!sp) return null;
  // "The strike — which officials said killed 10 — was …": the claim is about the relative pronoun's antecedent.
  const relative = /(?:^|[\s,—–-])(?:which|that|who)\s+$/iu.exec(masked.slice(Math.max(0, sp.start - 12), sp.start));
  if (relative) return relativeClaim(text, masked, sp, verb, verbEnd, looksLikeSpeaker);
  // "…, a charge Hamas denies": the speaker follows the claim noun; the content is the clause before.
  const claimNoun =
    /^(?:a|an|the|this|that)?\s*(?:claim|charge|accusation|allegation|assertion|account|version|figure|report|characteri[sz]ation)s?\s+/iu.exec(
      masked.slice(sp.start, sp.end),
    );
  if (claimNoun && sp.start + claimNoun[0].length < sp.end && /,\s*$/u.test(masked.slice(0, sp.start))) {
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
  if (!looksLikeSpeaker(speakerText, CORE.has(verb))) return null;
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
  // '"…," Lopez told reporters outside the Capitol.': a short place or time tail after a quoted claim.
  const tailOnly =
    PREP_TAIL_RE.test(rest) &&
    /[,"”»]\s*$/u.test(masked.slice(0, sp.start)) &&
    beforeContent(text, masked, sp.start).length > 0;
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
      const gloss =
        !/(?:adding|saying|noting|stressing|explaining|warning|arguing)/iu.test(comma[0]) &&
        (/^(?:\p{L}+ing|citing|according|who|which|in a|on condition|speaking)\b/iu.test(tail) ||
          ADJUNCT_AT_START.test(tail));
      if (!gloss && start < text.length && /[\p{L}\p{N}"“]/u.test(text.slice(start)))
        pieces.push(trimRange(text, start, text.length));
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
    /^\s*(?:in|on|at|during|to|through|via|after|before|from|by|while)\s[^,;:"“”_]{0,60}?\bthat\s+/iu.exec(rest);
  if (that) start = at + that[0].length;
  else if (THAT_VERBS.has(verb) || CONTEST_VERBS.has(verb) || HEARER_VERBS.has(verb)) {
    const later = /^[^,;:"“”]{0,80}?\bthat\s+/iu.exec(rest);
    if (later) start = at + later[0].length;
    else if (/^(?:accuse[sd]?|charged?|charges)$/.test(verb) && /^[^,;:.]{1,60}?\bof\s+\p{L}+ing\b/iu.test(rest))
      start = at;
    else if (THAT_VERBS.has(verb) && !quoteAfter(quotes, at)) return null;
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
  if (!that && /^(?:little|nothing|much|this|that|it|otherwise|yes|no)\b(?:\s+(?:about|on|of)\b|$)/iu.test(said))
    return null;
  // "Hezbollah denied the Israeli account": a short object is only a claim together with its verb.
  if (!that && NP_OBJECT_VERBS.test(verb) && wordCount(text.slice(range.start, range.end)) <= 4) {
    range = trimRange(text, sp.start, range.end);
  }
  return {
    speaker: sp,
    content: splitAdding(text, masked, range),
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

// ", adding that …" inside reported content joins two claims of one speaker; the words themselves are not content.
const ADDING_RE = /,\s*(?:adding|noting|saying|stressing|explaining|warning|arguing|insisting)(?:\s+that)?\s+/iu;

function splitAdding(text: string, masked: string, range: Range): Range[] {
  const m = ADDING_RE.exec(masked.slice(range.start, range.end));
  if (!m) return [range];
  const cut = range.start + m.index;
  return [trimRange(text, range.start, cut), trimRange(text, cut + m[0].length, range.end)].filter(nonEmpty);
}

function anonymityAfter(masked: string, from: number): boolean {
  return /^[^.;]{0,60}?\banonym/i.test(masked.slice(from, from + 80));
}

function quoteAfter(quotes: readonly QuoteSpan[], at: number): boolean {
  return quotes.some((q) => q.start >= at);
}

function lastWord(s: string): string {
  const words = s.trim().split(/\s+/);
  return words[words.length - 1] ?? "";
}

/** Past the hearer of "told": "told AFP", "told reporters", "told the Associated Press". */
function skipHearer(text: string, masked: string, at: number): number {
  const rest = masked.slice(at, at + 120);
  const outlet = OUTLET_RE.exec(rest);
  if (outlet && rest.slice(0, outlet.index).trim() === "") {
    const end = at + outlet.index + outlet[0].length;
    // "told CNN's "State of the Union"": the programme belongs to the hearer.
    const show = /^['’]s\s+(?:"_*"|(?:\p{Lu}[\p{L}-]*\s?){1,5})/u.exec(masked.slice(end, end + 80));
    return end + (show?.[0].length ?? 0);
  }
  const theOutlet = /^\s*the\s+/i.exec(rest);
  if (theOutlet && outlet && outlet.index <= theOutlet[0].length) return at + outlet.index + outlet[0].length;
  const hearer = HEARERS_RE.exec(text.slice(at, at + 120));
  if (hearer) return at + hearer[0].length;
  // Lower-cased text: "told the financial times in an interview" — a short phrase before a preposition.
  const short =
    /^\s*(?:the\s+)?(?:[\p{L}.'’&-]+\s+){0,2}[\p{L}.'’&-]+(?=\s+(?:in|on|at|that|last|this|during|after|before|via)\b|\s*[,.;:]|\s*$)/iu.exec(
      masked.slice(at, at + 80),
    );
  return short ? at + short[0].length : at;
}

function skipAdjuncts(masked: string, at: number): number {
  let pos = at;
  for (let i = 0; i < 6; i++) {
    const m = ADJUNCT_AT_START.exec(masked.slice(pos, pos + 200));
    if (!m) break;
    pos += m[0].length;
  }
  return pos;
}

/** The content before an attribution at `end`, as one piece; empty when nothing precedes it. */
function beforeContent(text: string, masked: string, end: number): Range[] {
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
function around(text: string, masked: string, from: number, to: number): Range[] {
  const pieces = beforeContent(text, masked, from);
  const rest = /^[\s,]*/u.exec(masked.slice(to));
  const start = to + (rest?.[0].length ?? 0);
  if (start < text.length) {
    const r = trimRange(text, start, text.length);
    const body = text.slice(r.start, r.end);
    // A trailing participle ("…, using an acronym for …") is the writer's gloss, not the claim.
    const gloss = pieces.length > 0 && /^[\p{L}]+ing\b/iu.test(body);
    if (r.end > r.start && /[\p{L}\p{N}]{2}/u.test(body) && !gloss) pieces.push(r);
  }
  return pieces;
}

function nonEmpty(r: Range): boolean {
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
