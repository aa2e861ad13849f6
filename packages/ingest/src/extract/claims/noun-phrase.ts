import { BODY_WORDS, OUTLET_HEADS, STATEMENT_NOUNS } from "./lexicon/organisations.ts";
import { ANONYMITY_RE, ANONYMOUS_HEADS, bareWord, PERSON_ROLES, PERSON_TITLES } from "./lexicon/titles.ts";

/** A speaker phrase found next to a speech verb, with offsets in the scanned string. */
export interface Phrase {
  start: number;
  end: number;
  /** The phrase carried "speaking on condition of anonymity" or the like. */
  anonymous: boolean;
  /** An appositive described the speaker as a body: "Sahel Watch, a volunteer group, said". */
  body?: boolean;
}

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

// Characters that end a phrase: clause punctuation, quotes, brackets, dashes.
const BOUNDARY_RE = /[,;:()[\]"“”«»—–]|\s--?\s/g;
const MAX_WORDS = 10;

// Words a subject phrase never runs across when read backwards from its verb.
const STOP = new Set(
  (
    "is are was were be been being am has have had do does did will would can could should may might must shall " +
    "and or but nor so yet that which who whom whose while whilst although though as when whenever because since whether " +
    "after before if unless until where whereas once even than on in at to from by with for of about against over " +
    "under into through during via per like despite amid among toward towards across without within behind near " +
    "around including not there here then meanwhile however moreover instead now also just only"
  ).split(" "),
);
const DETERMINERS = new Set("a an the this that these those another his her its their our my your".split(" "));
// Prepositions that may sit inside a speaker phrase: "a statement from X", "a spokesman for X".
const INNER_PREPS = new Set(["of", "from", "for", "by", "at", "in", "with", "to", "on"]);
// Adjectives and participles that take a phrase inside a source's description: "a person familiar with …".
const PP_ADJECTIVES = new Set(
  "familiar close briefed knowledgeable involved loyal allied opposed aligned linked speaking near".split(" "),
);
const ISSUED = new Set("released issued published posted carried signed broadcast aired".split(" "));
// Time words and adverbs between a subject and its verb: "the coalition on Tuesday said".
const TRAILING_SKIP = new Set(
  (
    "also later earlier previously again then further on today yesterday tonight monday tuesday wednesday thursday " +
    "friday saturday sunday last this next week month year night morning evening afternoon weekend separately " +
    "recently repeatedly once publicly privately quickly immediately initially subsequently meanwhile however " +
    "long consistently always often frequently reportedly " +
    "had has have"
  ).split(" "),
);
const PARENTHETICAL_RE =
  /^(?:meanwhile|however|though|too|also|in turn|for (?:its|his|her|their|our) part|for instance|in fact|of course|in particular|in short|by contrast|in turn|at least|too|in (?:a|its|his|her|their) (?:statement|response|reply)|separately|likewise|in response|for example|instead|nonetheless|moreover|furthermore|in contrast|later|earlier|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last|this) (?:week|month|year))$/i;
const DESCRIPTION_START =
  /^(?:released|issued|published|posted|quoted|cited|seen|obtained|carried|broadcast|sent|signed|dated|read|delivered|written|made|given|a|an|the|his|her|their|its|speaking|who|whose|which|one|both|himself|herself|itself|now|then|formerly|former|currently|also|once|still|newly|recently|previously|citing|according|in|at|on|with|when)\b/i;

function tokens(s: string, offset: number): Token[] {
  const out: Token[] = [];
  const re = /[^\s]+/g;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push({ word: m[0], lower: bareWord(m[0]), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

function lastBoundary(s: string, before: number): number {
  let last = -1;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(s); m !== null && m.index < before; m = BOUNDARY_RE.exec(s)) {
    last = m.index + m[0].length;
  }
  return last;
}

// Participles that place a body somewhere: "the coalition fighting in Yemen", "troops based in Djibouti".
const LOCATIVE_PARTICIPLES = new Set(
  "fighting operating based deployed stationed serving working active positioned headquartered".split(" "),
);

/** Whether `prep` may join `head` inside a speaker phrase: "a statement from", "close to", "briefed on". */
function joins(head: string, prep: string): boolean {
  if (!INNER_PREPS.has(prep)) return false;
  if (LOCATIVE_PARTICIPLES.has(head)) return prep === "in" || prep === "from" || prep === "at" || prep === "on";
  // "a statement released by the command", "a video posted on Telegram".
  if (ISSUED.has(head)) return prep === "by" || prep === "on" || prep === "in";
  if (prep === "on") return PP_ADJECTIVES.has(head);
  if (prep === "to") return PP_ADJECTIVES.has(head) || ANONYMOUS_HEADS.has(head) || PERSON_ROLES.has(head);
  // "residents of the town", "members of the council": plural heads take phrases too.
  return takesPP(head) || (head.length > 4 && head.endsWith("s") && takesPP(head.slice(0, -1)));
}

/** "Office for the Coordination of …", "Jane Roe of the Policy Institute": capitalised words joined by of/for. */
function nameRun(head: Token, prep: Token, taken: readonly Token[], before: readonly Token[]): boolean {
  if (prep.lower !== "of" && prep.lower !== "for") return false;
  const next = [...taken].reverse().find((t) => !DETERMINERS.has(t.lower));
  if (next === undefined || STOP.has(head.lower)) return false;
  if (/^\p{Lu}/u.test(head.word) && /^\p{Lu}/u.test(next.word)) return true;
  // Lower-cased: "analyst jane roe of the policy institute", a titled name, then the body it belongs to.
  // "senator jane doe of ohio said".
  return (
    prep.lower === "of" &&
    taken.filter((t) => !DETERMINERS.has(t.lower)).length <= 4 &&
    before.slice(-3, -1).some((t) => PERSON_TITLES.has(t.lower))
  );
}

/** A head word a prepositional phrase can hang on inside a speaker phrase. */
export function takesPP(lower: string): boolean {
  return (
    PP_ADJECTIVES.has(lower) ||
    STATEMENT_NOUNS.has(lower) ||
    PERSON_ROLES.has(lower) ||
    ANONYMOUS_HEADS.has(lower) ||
    OUTLET_HEADS.has(lower) ||
    BODY_WORDS.has(lower) ||
    PERSON_TITLES.has(lower)
  );
}

/** The noun phrase that ends at `end` in `s`, read backwards within one clause. */
export function phraseEndingAt(s: string, end: number): { start: number; end: number } | null {
  const segStart = Math.max(0, lastBoundary(s, end));
  const toks = tokens(s.slice(segStart, end), segStart);
  while (toks.length > 0 && TRAILING_SKIP.has((toks[toks.length - 1] as Token).lower)) toks.pop();
  const taken: Token[] = [];
  let joined = false;
  for (let i = toks.length - 1; i >= 0 && taken.length < MAX_WORDS; i--) {
    const t = toks[i] as Token;
    if (DETERMINERS.has(t.lower)) {
      taken.push(t);
      const prep = toks[i - 1];
      const head = toks[i - 2];
      if (prep && head && (joins(head.lower, prep.lower) || nameRun(head, prep, taken, toks.slice(0, i - 1)))) {
        taken.push(prep);
        i--;
        continue;
      }
      break;
    }
    if (INNER_PREPS.has(t.lower)) {
      const head = toks[i - 1];
      if (head && (joins(head.lower, t.lower) || nameRun(head, t, taken, toks.slice(0, i))) && taken.length > 0) {
        taken.push(t);
        continue;
      }
      break;
    }
    // "the group and security sources said": two speakers joined, when the first is one too.
    const before = toks[i - 1];
    if (
      t.lower === "and" &&
      taken.length > 0 &&
      !joined &&
      before &&
      (takesPP(before.lower) || /^\p{Lu}/u.test(before.word))
    ) {
      joined = true;
      taken.push(t);
      continue;
    }
    if (STOP.has(t.lower)) break;
    taken.push(t);
  }
  if (taken.length === 0) return null;
  const first = taken[taken.length - 1] as Token;
  const last = taken[0] as Token;
  return { start: first.start, end: last.end };
}

/** The speaker before a verb at `verbStart`, stepping over an appositive: "X, a spokesman for Y, said". */
export function subjectBefore(s: string, verbStart: number): Phrase | null {
  let end = verbStart;
  while (end > 0 && /\s/u.test(s[end - 1] as string)) end--;
  // "Sen. Chuck Schumer (D-N.Y.) said": the bracketed tag is not the speaker.
  const tag = /\s*\([^()]{1,40}\)$/u.exec(s.slice(Math.max(0, end - 44), end));
  if (tag) end -= tag[0].length;
  if (end > 0 && s[end - 1] === ",") {
    const inner = end - 1;
    const segStart = Math.max(0, lastBoundary(s, inner));
    const segment = s.slice(segStart, inner).trim();
    const before = segStart > 0 ? s[segStart - 1] : undefined;
    // "The ministry, meanwhile, said": a sentence adverb between commas hides the subject before it.
    if (before === "," && PARENTHETICAL_RE.test(segment)) return subjectBefore(s, segStart - 1);
    // "A resident, who gave his name only as Omar, said": the name given is the speaker.
    const given = GIVEN_NAME_RE.exec(segment);
    if (before === "," && given?.[1]) {
      const start = segStart + s.slice(segStart, inner).indexOf(given[1]);
      return { start, end: start + given[1].length, anonymous: false };
    }
    if (before === "," && isDescription(segment)) {
      // Several appositives may stack: "Rep. Matt Gaetz, R-Fla., who has threatened …, called".
      let cut = segStart - 1;
      let anonymous = ANONYMITY_RE.test(segment);
      for (let k = 0; k < 3; k++) {
        const prevStart = Math.max(0, lastBoundary(s, cut));
        const prev = s.slice(prevStart, cut).trim();
        if (!(prevStart > 0 && s[prevStart - 1] === "," && isDescription(prev))) break;
        anonymous ||= ANONYMITY_RE.test(prev);
        cut = prevStart - 1;
      }
      const np = phraseEndingAt(s, cut);
      if (np) return { ...np, anonymous, body: describesBody(segment) };
    }
    // "Coalition spokesperson, Col. Ryan Dillon, told": the name between the commas, and nothing else.
    const np = phraseEndingAt(s, inner);
    const lead = segStart + (/^[\s"“”«»]*/u.exec(s.slice(segStart, inner))?.[0].length ?? 0);
    if (!np || np.start !== lead) return null;
    // "Ana Ruiz, the editor of the town's paper, the Courier, said": the name names the paper; Ruiz speaks.
    return (before === "," && nameBeforeBodyAppositive(s, segStart - 1)) || { ...np, anonymous: false };
  }
  // "Smith — who has led the party since 2019 — said": step over the dashed aside.
  if (end > 0 && /[—–]/u.test(s[end - 1] as string)) {
    const open = Math.max(s.lastIndexOf("—", end - 2), s.lastIndexOf("–", end - 2));
    if (open > 0 && end - open < 200) {
      const np = phraseEndingAt(s, open);
      return np ? { ...np, anonymous: ANONYMITY_RE.test(s.slice(open, end)) } : null;
    }
  }
  // "a senior lawmaker, who told X that …": the speaker is the relative pronoun's antecedent.
  const rel = /,\s*(?:who|which)(?:\s+(?:also|later|then|has|had|have))*$/iu.exec(s.slice(Math.max(0, end - 40), end));
  if (rel) {
    const ante = phraseEndingAt(s, end - rel[0].length);
    return ante ? { ...ante, anonymous: false } : null;
  }
  const np = phraseEndingAt(s, end);
  return np ? { ...np, anonymous: false } : null;
}

/** The phrase before an appositive that ends in a body or an outlet ("…, the editor of the town's paper,"), if any. */
function nameBeforeBodyAppositive(s: string, comma: number): Phrase | null {
  const prevStart = Math.max(0, lastBoundary(s, comma));
  const prev = s.slice(prevStart, comma).trim();
  const head = bareWord(prev.split(/\s+/).pop() ?? "");
  if (prevStart === 0 || s[prevStart - 1] !== "," || !/^(?:a|an|the)\s/iu.test(prev)) return null;
  if (!(BODY_WORDS.has(head) || OUTLET_HEADS.has(head)) || PERSON_ROLES.has(head)) return null;
  const np = phraseEndingAt(s, prevStart - 1);
  return np ? { ...np, anonymous: false } : null;
}

/** "a volunteer group", "an aid organisation based in X": an appositive whose head noun is a body. */
function describesBody(segment: string): boolean {
  const words = segment.trim().split(/\s+/).map(bareWord);
  if (!/^(?:a|an|the)$/.test(words[0] ?? "")) return false;
  const cut = words.findIndex((w, i) => i > 0 && (STOP.has(w) || w === "based"));
  const head = words[(cut > 0 ? cut : words.length) - 1] ?? "";
  return BODY_WORDS.has(head) && !PERSON_ROLES.has(head) && !ANONYMOUS_HEADS.has(head);
}

const GIVEN_NAME_RE =
  /^(?:who\s+)?(?:gave|giving|identified|identifying|named|asked to be (?:identified|named|called)|asking to be (?:identified|named))\s+(?:(?:only|just|himself|herself|themselves|(?:his|her|their)\s+(?:first\s+|full\s+|family\s+)?names?)\s+)*(?:only\s+)?(?:as\s+)?((?:[\p{L}'’-]+\s?){1,3}?)$/iu;

/** An appositive that describes rather than names: "a spokesman for …", "chairman of …", "speaking on …". */
export function isDescription(segment: string): boolean {
  if (DESCRIPTION_START.test(segment)) return true;
  // AP party tags: "Sen. Ted Cruz, R-Texas, said"; "known as the GUR".
  if (/^(?:[RDI]|Rep|Dem|Ind|Lab|Con|LD)-[\p{L}.]+(?:\s[\p{L}.]+)?$/iu.test(segment)) return true;
  if (/^(?:also |better |formerly )?known as\b|^(?:aged? )?\d{1,3}$|^citing\b|^based in\b/iu.test(segment)) return true;
  const words = segment.split(/\s+/).slice(0, 5).map(bareWord);
  // "dean of the law school", "host of a radio show", "partner at a firm": a lower-case noun with its
  // institution, a role the lexicon need not know.
  if (
    /^\p{Ll}{3,}\s+(?:of|at|for)\s+\S/u.test(segment) &&
    !STOP.has(words[0] ?? "") &&
    !/(?:ly|ing|ed)$/u.test(words[0] ?? "")
  )
    return true;
  const roleAt = words.findIndex((w) => PERSON_ROLES.has(w) || ANONYMOUS_HEADS.has(w));
  if (roleAt < 0) return false;
  const next = words[roleAt + 1];
  return next === undefined || INNER_PREPS.has(next) || next === "to";
}

/** The speaker after a verb at `from`: "said Sen. Viktor Ozerov, chairman of …" → "Sen. Viktor Ozerov". */
export function phraseAfter(s: string, from: number): Phrase | null {
  const toks = tokens(s.slice(from, Math.min(s.length, from + 200)), from);
  const taken: Token[] = [];
  for (let i = 0; i < toks.length && taken.length < MAX_WORDS; i++) {
    const t = toks[i] as Token;
    const clean = t.word.replace(/^["“”«»(]+/u, "");
    if (clean !== t.word) break;
    if (STOP.has(t.lower) && !(taken.length > 0 && joins(lastLower(taken), t.lower))) {
      if (DETERMINERS.has(t.lower) && taken.length === 0) {
        taken.push(t);
        continue;
      }
      break;
    }
    const trailing = /[,;:)"“”»—–]+$|\.$/u.exec(t.word);
    if (trailing && !(trailing[0] === "." && isAbbreviation(t.word))) {
      taken.push({ ...t, end: t.end - trailing[0].length });
      break;
    }
    taken.push(t);
  }
  while (taken.length > 0 && STOP.has((taken[taken.length - 1] as Token).lower)) taken.pop();
  if (taken.length === 0) return null;
  const first = taken[0] as Token;
  const last = taken[taken.length - 1] as Token;
  if (last.end <= first.start) return null;
  return { start: first.start, end: last.end, anonymous: false };
}

function lastLower(taken: readonly Token[]): string {
  return (taken[taken.length - 1] as Token).lower;
}

/** "Sen.", "U.S.", "J." are abbreviations, not sentence ends. */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sen rep gov gen lt col maj capt cmdr adm brig sgt cpl pvt rev st jr sr no vs fr gov lt-gen maj-gen".split(
    " ",
  ),
);

export function isAbbreviation(word: string): boolean {
  const w = word.replace(/[.]+$/u, "");
  return ABBREVIATIONS.has(w.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(w) || /^(?:\p{L}\.)+\p{L}?$/u.test(word);
}
