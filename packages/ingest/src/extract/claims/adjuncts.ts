import { OUTLET_RE } from "./lexicon/organisations.ts";

// What may stand between a speech verb and its content, or after it, without being content.

const WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const MONTH = "january|february|march|april|may|june|july|august|september|october|november|december";
// Phrases that may follow a speech verb without being content: times, channels, manners.
const ADJUNCT_RE = new RegExp(
  [
    `(?:on |late |early |last |this |earlier |later )?(?:${WEEKDAY}|today|yesterday|tonight)(?: (?:night|morning|evening|afternoon))?(?!['’]s)`,
    `(?:last|this|earlier this|later this|next) (?:week|month|year|weekend|night|morning|evening|afternoon)`,
    `(?:on |in )?(?:${MONTH})(?: \\d{1,2}(?:st|nd|rd|th)?)?`,
    `in (?:a|an|its|his|her|their|the|one|separate|joint)(?: [\\p{L}-]+){0,2} (?:statement|interview|tweet|post|briefing|speech|letter|report|release|message|video|address|conference|communique|remarks|filing|note|email|memo|op-ed|column|essay|book|submission|testimony|podcast|broadcast|appearance|call|decree|tweets|posts|comments|response)(?: (?:on|with|to|by|from) (?:the )?[\\p{L}\\p{N}.-]+(?: [\\p{L}\\p{N}.-]+){0,2})?(?: (?:that|which) (?:was |were )?(?:aired|broadcast|published|posted|released|appeared|ran)(?: (?:on|in|late|early|last|this) [\\p{L}\\p{N}]+| [\\p{L}]+day)?)?`,
    `at (?:a|an|the)(?: [\\p{L}-]+){0,2}? (?:conference|briefing|meeting|hearing|rally|summit|event|session|ceremony)`,
    `(?:(?:while )?speaking )?(?:on|under) (?:the )?condition (?:of|that) anonymity(?: (?:to|because|as|since|so as to) [^,.;:"“”]{0,120})?|anonymously|on background`,
    `(?:because|as|since) (?:he|she|they|the official|the source)s? (?:was|were|is|are) not authori[sz]ed[^,.;:"“”]{0,120}`,
    `on (?:(?:his|her|their|its|the|a) )?(?:[\\p{L}.]+ ){0,2}?(?:twitter|x|facebook|telegram|instagram|tiktok|youtube|truth social|social media|account|page|channel|website|blog|podcast|television|tv|radio)(?: (?:page|account|feed|channel|profile|site))?`,
    `by (?:phone|telephone|email|e-mail)`,
    `also|again|further|earlier|later|previously|recently|separately|too|publicly|privately|repeatedly|bluntly|flatly|firmly|emphatically`,
    `(?:to|told) (?:reporters|journalists|the press|the media|lawmakers|parliament|the assembly)`,
  ].join("|"),
  "iu",
);

/** One adjunct at the start of a string. */
export const ADJUNCT_AT_START = new RegExp(`^\\s*(?:${ADJUNCT_RE.source})(?![\\p{L}\\p{N}])`, "iu");

// '"…," Lopez told reporters outside the Capitol.': a short place, time or channel tail.
export const PREP_TAIL_RE =
  /^\s*(?:in|at|outside|inside|near|after|before|during|from|on|aboard|following|ahead of|via|through|by|to|posted|published|released|broadcast|aired|shared|issued|carried)\s[^,;:"“”_]{0,80}?[.!?]?\s*$/iu;

// Who is told: audiences, pronouns, and capitalised names ("told the Associated Press").
const HEARERS_RE =
  /^\s*(?:reporters|journalists|lawmakers|legislators|parliament|congress|senators|delegates|supporters|mps|members|voters|students|troops|residents|crowds?|the (?:house|bbc)|(?:the|a|an) (?:press|media|council|committee|assembly|parliament|senate|house|audience|crowd|conference|newspaper|paper|magazine|website|broadcaster|station|agency|channel|network|radio|programme|program|podcast|daily|outlet|meeting|summit|gathering|rally|court|tribunal|jury|panel|hearing|commission|inquiry|chamber|nation|country|cabinet|legislature|forum|congregation)|me|us|him|her|them|a (?:news|press) conference|the (?:[\p{Lu}][\p{L}-]*\s?){1,4}|(?:[\p{Lu}][\p{L}.&-]*\s?){1,4})(?![\p{L}])/u;

// "told members of the upper house, …": the hearer's of-phrase, up to a comma, a that-clause or the end.
const HEARER_OF_RE = /^\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}.'’-]+\s?){1,4}?(?=\s*[,.;:]|\s+that\b|\s*$)/iu;

const CLAUSE_START = "the|a|an|it|he|she|they|we|i|there|his|her|their|its|our|this|these|those|no|all|every|some";
const HEARER_PLACE_RE = new RegExp(
  `^\\s+(?:in|at|outside|inside)\\s+(?:the\\s+)?[\\p{L}.'’-]+(?:\\s+[\\p{L}.'’-]+)?(?=\\s+(?:${CLAUSE_START})\\s)`,
  "iu",
);
const ONE_NOUN_HEARER_RE =
  /^\s*(?:the|a|an)\s+[\p{L}-]{3,}(?=\s+(?:the|a|an|it|he|she|they|we|i|there|his|her|their|its|our|this|these|those|no|all|every|some)\s)/iu;

/** Past the hearer of "told": "told AFP", "told reporters", "told the Associated Press". */
export function skipHearer(text: string, masked: string, at: number): number {
  const end = hearerEnd(text, masked, at);
  const of = end > at ? HEARER_OF_RE.exec(masked.slice(end, end + 80)) : null;
  const after = end + (of?.[0].length ?? 0);
  // "told a rally in Malmo the budget was fair": where the hearer was, before the clause that was told.
  const place = after > at ? HEARER_PLACE_RE.exec(masked.slice(after, after + 60)) : null;
  return after + (place?.[0].length ?? 0);
}

function hearerEnd(text: string, masked: string, at: number): number {
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
  // "told the chamber the budget was fair": one noun after "the", then a clause that opens with its subject.
  const one = ONE_NOUN_HEARER_RE.exec(masked.slice(at, at + 60));
  if (one) return at + one[0].length;
  // Lower-cased text: "told the financial times in an interview" — a short phrase before a preposition.
  const short =
    /^\s*(?:the\s+)?(?:[\p{L}.'’&-]+\s+){0,2}[\p{L}.'’&-]+(?=\s+(?:in|on|at|that|last|this|during|after|before|via)\b|\s*[,.;:]|\s*$)/iu.exec(
      masked.slice(at, at + 80),
    );
  return short ? at + short[0].length : at;
}

/** Past times, channels and manners: "said on Tuesday in a statement on Telegram". */
export function skipAdjuncts(masked: string, at: number): number {
  let pos = at;
  for (let i = 0; i < 6; i++) {
    const m = ADJUNCT_AT_START.exec(masked.slice(pos, pos + 200));
    if (!m) break;
    pos += m[0].length;
  }
  return pos;
}
