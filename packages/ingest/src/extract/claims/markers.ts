import { around, beforeContent, trimRange } from "./content.ts";
import { phraseAfter, subjectBefore } from "./noun-phrase.ts";
import type { Attribution, Range, SpeakerTest } from "./types.ts";

// Attributions marked by something other than a plain speech verb: "according to", "quoted … as saying", ", saying".

// "according to X", "via a statement issued by X", "in a statement from X".
const ACCORDING_RE =
  /\b(?:according to|(?:via|in|through) (?:a|an|the) (?:[\p{L}-]+ )?(?:statement|communique|release|post|tweet|message)(?: (?:issued|released|posted|published|put out))? (?:by|from))\s+/iu;

// Common irregular past forms that end a sentence's subject: "X hit back, saying …".
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  "hit struck took made gave went came spoke wrote set put held stood sought fought led met broke rose drew threw shot spent kept lost won".split(
    " ",
  ),
);

/** "Senator X attacked the plan, saying it would …": the sentence's subject said what follows "saying". */
export function sayingClause(text: string, masked: string, looksLikeSpeaker: SpeakerTest): Attribution | null {
  const m = /,\s*(?:saying|insisting|arguing|claiming|warning|stressing)\s+(?:that\s+)?/iu.exec(masked);
  if (!m) return null;
  const found = mainSubject(text, masked, m.index, looksLikeSpeaker);
  if (!found) return null;
  const content = trimRange(text, m.index + m[0].length, text.length);
  if (content.end <= content.start) return null;
  return { speaker: found.speaker, content: [content], verb: found.verb, anonymous: false, statement: false };
}

/** The subject of the sentence's first past-tense verb before `before`: "Senator X attacked …" → Senator X. */
export function mainSubject(
  text: string,
  masked: string,
  before: number,
  looksLikeSpeaker: SpeakerTest,
): { speaker: Range; verb: string } | null {
  const head = masked.slice(0, before);
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
  return { speaker, verb };
}

/** "…, according to X." / "According to X, …". */
export function accordingTo(text: string, masked: string, looksLikeSpeaker: SpeakerTest): Attribution | null {
  const m = ACCORDING_RE.exec(masked);
  if (!m) return null;
  const np = phraseAfter(masked, m.index + m[0].length);
  if (!np || !looksLikeSpeaker(text.slice(np.start, np.end), true)) return null;
  const content = around(text, masked, m.index, np.end);
  const statement = !/^according/i.test(m[0]);
  return { speaker: np, content, verb: "according to", anonymous: np.anonymous, statement };
}

/** "X quoted Y as saying …" and "Y was quoted as saying …": Y is the speaker. */
export function quotedAsSaying(text: string, masked: string): Attribution | null {
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

// "The deaths were confirmed by local officials": a passive report names its source after "by".
const PASSIVE_BY_RE =
  /\b(?:was|were|has been|have been|had been|is|are)\s+(confirmed|reported|announced|denied|claimed|stated|disputed|rejected|dismissed)\s+by\s+/iu;

/** A passive report with its source: the whole clause is the claim, the by-phrase the speaker. */
export function passiveBy(text: string, masked: string, looksLikeSpeaker: SpeakerTest): Attribution | null {
  const m = PASSIVE_BY_RE.exec(masked);
  if (!m) return null;
  const np = phraseAfter(masked, m.index + m[0].length);
  if (!np || !looksLikeSpeaker(text.slice(np.start, np.end), false)) return null;
  const subject = trimRange(text, 0, m.index);
  if (subject.end <= subject.start) return null;
  const verb = (m[1] as string).toLowerCase();
  return {
    speaker: np,
    content: [subject, trimRange(text, m.index, m.index + m[0].length - 3)],
    verb,
    anonymous: false,
    statement: false,
  };
}

// "TAPPER: …", "Q: …", "Jones: “…”": a speaker tag opening the sentence, as transcripts and interviews print it.
const COLON_TAG_RE = /^\s*((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}):\s+(?=\S)/u;
// Tags that label a line rather than name a speaker.
const NOT_A_SPEAKER_TAG =
  /^(?:update|updated|latest|the latest|note|editor['’]?s note|photo|photos|video|watch|read|read more|related|source|sources|credit|correction|clarification|advertisement|share|tags?|topics?|more|plus|also|so|wow|yes|no|well|now|here|then|meanwhile|first|next|finally|background|bottom line|the bottom line|see also|listen|warning|breaking|exclusive|analysis|opinion|transcript|q&a|by|from|to|subject|date|time|when|where|what|why|how|who|location|category|file|image|caption|map|chart|graph|table)$/iu;

/** A transcript line "NAME: what they said": the tag is the speaker, the rest of the sentence the content. */
export function colonTag(text: string, masked: string, mixedCase: boolean): Attribution | null {
  if (!mixedCase) return null;
  const m = COLON_TAG_RE.exec(masked);
  if (!m?.[1] || NOT_A_SPEAKER_TAG.test(m[1])) return null;
  const content = trimRange(text, m[0].length, text.length);
  const said = text.slice(content.start, content.end);
  // "Standards: The Trust Principles": a label and a title, not speech; speech has its small words.
  if (said.split(/\s+/).length < 3 || !/(?:^|\s)\p{Ll}/u.test(said)) return null;
  const start = m[0].indexOf(m[1]);
  return {
    speaker: { start, end: start + m[1].length },
    content: [content],
    verb: ":",
    cue: { start: start + m[1].length, end: start + m[1].length + 1 },
    anonymous: false,
    statement: false,
  };
}

// Nouns that carry what a source says, shows or holds: "in a poll released Monday, …", "his claim that …".
const CARRIER_NOUNS =
  "poll|polls|survey|surveys|statement|interview|letter|report|study|analysis|memo|speech|op-ed|column|tweet|post|filing|lawsuit|complaint|ruling|decision|book|remarks|testimony|editorial|essay|video|ad|advertisement|release|email|note|data|estimate|estimates|projection|forecast|count|tally";
const IN_CARRIER_RE = new RegExp(
  `^\\s*(?:In|According to)\\s+((?:(?:a|an|the|its|his|her|their|this|that|[\\p{Lu}][\\p{L}.'’&/-]*(?:['’]s)?|[\\p{L}-]+)\\s+){0,6}?(?:${CARRIER_NOUNS})(?:\\s+(?:released|published|conducted|issued|posted|out|taken|last|this|on|in|by|of|for|from)\\b[^,]{0,60})?),\\s+`,
  "u",
);
// "his claim that …", "Trump's belief that …", "the group's accusation that …": a possessor and a that-clause.
const POSSESSED_CLAIM_RE =
  /(?:^|[\s(])((?:his|her|their|its|[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}['’]s?))\s+(?:(?:repeated|latest|earlier|oft-repeated|unfounded|false|baseless|new|own)\s+)?(claim|claims|assertion|argument|contention|accusation|allegation|charge|belief|view|insistence|suggestion|promise|pledge|vow|warning|hope|fear|plan|threat|demand|conclusion|finding|prediction|position)\s+that\s+/u;

/** "In an NBC News poll released Monday, 50 percent chose Clinton": the carrier is the source, the clause the content. */
export function nominalCue(text: string, masked: string, looksLikeSpeaker: SpeakerTest): Attribution | null {
  const m = IN_CARRIER_RE.exec(masked);
  if (m?.[1]) {
    const start = m[0].indexOf(m[1]);
    const content = trimRange(text, m[0].length, text.length);
    if (content.end > content.start && text.slice(content.start, content.end).split(/\s+/).length >= 3)
      return {
        speaker: { start, end: start + m[1].length },
        content: [content],
        verb: "in",
        cue: { start: m[0].search(/\S/u), end: m[0].search(/\S/u) + 2 },
        anonymous: false,
        statement: /statement|release/iu.test(m[1]),
      };
  }
  const p = POSSESSED_CLAIM_RE.exec(masked);
  if (!p?.[1] || !p[2])
    return (
      possessedStance(text, masked, looksLikeSpeaker) ??
      trailingCarrier(text, masked, looksLikeSpeaker) ??
      viewpoint(text, masked, looksLikeSpeaker)
    );
  const who = p.index + p[0].indexOf(p[1]);
  const owner = { start: who, end: who + p[1].replace(/['’]s?$/u, "").length };
  if (!/^(?:his|her|their|its)$/iu.test(p[1]) && !looksLikeSpeaker(text.slice(owner.start, owner.end), true))
    return null;
  const stop = masked.slice(p.index + p[0].length).search(/[;—–]|,\s+(?:but|and|which|who)\s/u);
  const end = stop >= 0 ? p.index + p[0].length + stop : text.length;
  const content = trimRange(text, p.index + p[0].length, end);
  if (content.end <= content.start) return null;
  const nounAt = p.index + p[0].indexOf(p[2], p[0].indexOf(p[1]) + p[1].length);
  return {
    speaker: owner,
    content: [content],
    verb: p[2].toLowerCase(),
    cue: { start: nounAt, end: nounAt + p[2].length },
    anonymous: false,
    statement: false,
  };
}

// "… 45 percent support in a new poll released Thursday.": the carrier closes the sentence, the clause before it is
// what it shows.
const TRAILING_CARRIER_RE =
  /\s+in\s+((?:a|an|the|its|this|that|their|his|her)\s+(?:[\p{L}\p{N}.'’&/-]+\s+){0,6}?(?:poll|survey|study|report|analysis))(?:\s+(?:released|published|conducted|taken|issued|out)\b[^,;:"“”]{0,50})?\s*[.!?]?$/u;

/** A poll, survey or study named at the end of the sentence it carries. */
function trailingCarrier(text: string, masked: string, looksLikeSpeaker: SpeakerTest): Attribution | null {
  if (!/\s(?:poll|survey|study|report|analysis)\b/u.test(masked)) return null;
  const m = TRAILING_CARRIER_RE.exec(masked);
  if (!m?.[1]) return null;
  const start = m.index + m[0].indexOf(m[1]);
  const speaker = { start, end: start + m[1].length };
  const content = trimRange(text, 0, m.index);
  if (wordsIn(text.slice(content.start, content.end)) < 4) return null;
  if (!looksLikeSpeaker(text.slice(speaker.start, speaker.end), true)) return null;
  const cue = m.index + m[0].indexOf("in");
  return {
    speaker,
    content: [content],
    verb: "in",
    cue: { start: cue, end: cue + 2 },
    anonymous: false,
    statement: false,
  };
}

// "To many, she is a hero": the view of those the sentence opens with.
const VIEWPOINT_RE =
  /^\s*To\s+((?:many|some|others|most|critics|supporters|(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}|(?:his|her|their)\s+\p{Ll}+s)),\s+/u;

/** "To X, A": X's view that A. */
function viewpoint(text: string, masked: string, looksLikeSpeaker: SpeakerTest): Attribution | null {
  const m = VIEWPOINT_RE.exec(masked);
  if (!m?.[1]) return null;
  const start = m[0].indexOf(m[1]);
  const speaker = { start, end: start + m[1].trimEnd().length };
  const who = text.slice(speaker.start, speaker.end);
  if (!/^(?:many|some|others|most)$/u.test(who) && !looksLikeSpeaker(who, false)) return null;
  const content = trimRange(text, m[0].length, text.length);
  if (wordsIn(text.slice(content.start, content.end)) < 3) return null;
  return {
    speaker,
    content: [content],
    verb: "to",
    cue: { start: start - 3, end: start - 1 },
    anonymous: false,
    statement: false,
  };
}

function wordsIn(s: string): number {
  return s.split(/\s+/u).filter(Boolean).length;
}

// "Ruiz's support for the levy", "the union's opposition to the plan": a stance held toward a thing named by its
// noun phrase. A possessive pronoun ("his call for …") is left out: the speaker it stands for is not read here.
const POSSESSED_STANCE_RE =
  /(?:^|[\s(])([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}['’]s)\s+(?:(?:strong|repeated|latest|earlier|renewed|public|vocal|fierce|staunch|early|own)\s+)?(support for|opposition to|criticism of|endorsement of|praise for|calls? for|demands? for|backing of|defen[cs]e of)\s+/u;

/** A possessor's stance toward what its noun phrase names. */
function possessedStance(text: string, masked: string, looksLikeSpeaker: SpeakerTest): Attribution | null {
  if (!/\s(?:for|to|of)\s/u.test(masked)) return null;
  const p = POSSESSED_STANCE_RE.exec(masked);
  if (!p?.[1] || !p[2]) return null;
  const who = p.index + p[0].indexOf(p[1]);
  const owner = { start: who, end: who + p[1].replace(/['’]s?$/u, "").length };
  if (!looksLikeSpeaker(text.slice(owner.start, owner.end), false)) return null;
  const from = p.index + p[0].length;
  const stop = masked
    .slice(from)
    .search(/[;:—–,.]|\s(?:and|but|which|who|that|has|had|have|is|was|were|are|will|would|could|drew|during|after)\s/u);
  const content = trimRange(text, from, stop >= 0 ? from + stop : text.length);
  if (content.end <= content.start) return null;
  const nounAt = p.index + p[0].indexOf(p[2], p[0].indexOf(p[1]) + p[1].length);
  return {
    speaker: owner,
    content: [content],
    verb: (p[2].split(" ")[0] ?? p[2]).toLowerCase(),
    cue: { start: nounAt, end: nounAt + p[2].length },
    anonymous: false,
    statement: false,
  };
}
