import type { Span } from "@deconflict/domain";
import { AGENT_HEADS, GENERIC_AGENTS, INSTRUMENT_RE, NOT_AGENTS } from "../lexicon/agents.ts";
import type { AnalysedSentence, Chunk, Token } from "../linguistic/index.ts";
import { attackerSpan, countedAgents, glossNamesGroup, withGloss } from "./attacker-phrase.ts";
import { withCountedParticiple } from "./counted-participle.ts";
import { deedVerbAgent } from "./deed-agent-by.ts";
import { onlyAdjunctsBetween } from "./far-by.ts";
import { capitalOnlyAtStart } from "./initial-capital.ts";
import { notUsed } from "./instrument-use.ts";
import { intentSubject } from "./intent-subject.ts";
import { reducedRelative } from "./reduced-relative.ts";
import { relativeAntecedent } from "./relative-subject.ts";
import { withConjunctsBefore } from "./subject-conjuncts.ts";
import { widenSubject, withOfTail } from "./subject-span.ts";

/** A phrase of the sentence, offsets relative to the sentence, and its words as the text gives them. */
export interface Phrase extends Span {
  text: string;
  /** "they", "the group": stands for an actor named before. */
  anaphoric: boolean;
}

/** The roles around one trigger, read from the sentence's grammar. */
export interface Frame {
  attacker: Phrase | null;
  target: Phrase | null;
  place: Phrase | null;
  instruments: Phrase[];
  /** The trigger is a verb ("attacked"), not a noun ("the attack"). */
  verbal: boolean;
  /** A verbal trigger's subject was no one who attacks ("a storm hit the coast"). */
  inanimateSubject: boolean;
  /** That subject, for a name the article knows as a group's ("the Red Dawn dynamited"); null otherwise. */
  unknownSubject?: Phrase | null;
  /** Told in the passive ("was shot by", "X, shot dead by police,"): the target stands before the trigger. */
  passive?: boolean;
}

const VICTIM_NOUN = /^(?:murders?|assassinations?|killings?|kidnappings?|abductions?|massacres?|execution)$/;
const PASSIVE_AUX = new Set(["was", "were", "been", "being", "is", "are", "be", "got", "get"]);
const LOCATIVE = new Set(["in", "near", "outside", "at", "around", "across", "inside", "into", "nearby", "from"]);
const TARGET_PREP = new Set(["on", "against", "at", "upon", "targeting", "toward", "towards"]);
// Verbs whose object is an attack: "X carried out an attack", "X claimed the bombing".
const LIGHT_VERB =
  /^(?:carr(?:y|ied|ies|ying)|conduct(?:ed|s|ing)?|launch(?:ed|es|ing)?|mount(?:ed|s|ing)?|stag(?:ed|es|ing)|perpetrat(?:ed|es|ing)|committ?(?:ed|s|ing)?|claim(?:ed|s|ing)?|unleash(?:ed|es|ing)?|execut(?:ed|es|ing)|made|make|making)$/;
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tonight|morning|afternoon|evening|night|week|weekend|month|year|years|hours?|minutes?|days?|dawn|midnight|noon|time|times)$/;
const PRONOUN_AGENT = new Set(["they", "he", "she", "it", "we"]);
const CLAUSE_STOP = new Set([";", ":", "said", "says", "told", "reported", "added", "announced", "stated"]);
const MAX_REACH = 14;

const tokenAt = (s: AnalysedSentence, offset: number) => s.tokens.findIndex((t) => t.end > offset);

/** The chunks of a sentence around a trigger at [tStart, tEnd) (sentence-relative offsets). */
export function readFrame(s: AnalysedSentence, text: string, tStart: number, tEnd: number): Frame {
  const ti = tokenAt(s, tStart);
  let tj = ti;
  while (tj + 1 < s.tokens.length && (s.tokens[tj + 1]?.start ?? Number.POSITIVE_INFINITY) < tEnd) tj++;
  if (ti < 0)
    return { attacker: null, target: null, place: null, instruments: [], verbal: false, inanimateSubject: false };
  const tokens = s.tokens;
  const verbal = isVerbal(tokens, ti);
  const passive = verbal && isPassive(tokens, ti);
  const before = s.chunks.filter((c) => c.last < ti);
  const after = s.chunks.filter((c) => c.first > tj);
  const phrase = (c: Chunk | undefined | null): Phrase | null => (c ? toPhrase(s, text, c) : null);

  let attacker: Chunk | null = null;
  let target: Chunk | null = null;
  let inanimateSubject = false;
  let unknownSubject: Chunk | null = null;
  // "attacked by gunmen", not "a rally attended by the minister": "by" right after another verb is that verb's.
  const by = after
    .map((c) => withCountedParticiple(s, after, c))
    .find(
      (c) =>
        prevWord(tokens, c) === "by" &&
        (c.first - tj <= 8 ||
          (!verbal && c.first - tj <= 24 && !crossesClause(tokens, tj + 1, c.first)) ||
          (verbal && passive && onlyAdjunctsBetween(tokens, tj + 1, c.first - 1))) &&
        // "an attack perpetrated by X": the verb of the attack noun's own telling passes its agent on.
        (c.first - 2 <= tj ||
          tokens[c.first - 2]?.pos !== "VERB" ||
          LIGHT_VERB.test(tokens[c.first - 2]?.lower ?? "")) &&
        // "interrupted by the murder of two members ..., restored after a visit by X": a far "by" is its own noun's.
        (c.first - tj <= 8 || tokens[c.first - 2]?.pos !== "NOUN") &&
        (isAgentLike(s, c) || deedVerbAgent(s, c)),
    );
  const passiveTold = passive || (verbal && !!by && reducedRelative(tokens, ti));
  if (passiveTold) {
    target = widenSubject(s, subjectOf(s, before, ti), ti);
    // "two bombs were detonated": the weapon, not what it hit.
    if (target && isWeapon(headWord(s, target))) target = null;
    attacker = by ?? null;
  } else if (verbal) {
    attacker = appositiveSubject(s, before, ti) ?? relativeAntecedent(s, ti) ?? subjectOf(s, before, ti);
    attacker = countedAgents(s, attacker) ?? attacker;
    // "THE RED LANTERN MURDERED": only someone murders, so the subject of an intent verb is an agent by its verb.
    const intended =
      !!attacker && intentSubject(s, attacker, ti) && !isWeapon(headWord(s, attacker)) && !isTime(s, attacker);
    if (attacker && !isAgentLike(s, attacker) && !intended) {
      inanimateSubject = !isWeapon(headWord(s, attacker)) && !s.tokens[attacker.head]?.pos.startsWith("PRO");
      if (inanimateSubject) unknownSubject = attacker;
      attacker = null;
    }
    attacker ??= participleSubject(s, before, ti);
    attacker = withConjunctsBefore(s, attacker, (c) => isAgentLike(s, c) && !isTime(s, c));
    target = objectOf(s, after, tj);
    // "troops clashed with guerrillas": the other side of a clash.
    if (!target && /^(?:clash|skirmish|fought|battl)/.test(tokens[ti]?.lower ?? ""))
      target = after.find((c) => prevWord(tokens, c) === "with" && c.first - tj <= 3) ?? null;
  } else {
    // Nominal: "a US airstrike", "the rebels' attack", "an attack by X on Y", "X carried out an attack".
    attacker = premodifier(s, before, ti) ?? by ?? lightVerbSubject(s, before, ti) ?? adjunctSubject(s, before, ti);
    if (!attacker) unknownSubject = namePremodifier(s, before, ti);
    target =
      after.find((c) => TARGET_PREP.has(prevWord(tokens, c)) && c.first - tj <= 6 && !isTime(s, c)) ??
      // "the murder of the mayor", "the bombing of the embassy"
      after.find((c) => c.first === tj + 2 && prevWord(tokens, c) === "of" && !isTime(s, c) && !c.pronoun) ??
      null;
  }
  // "Rivera's murder", "the mayor's kidnapping": who owns a killing or an abduction is its victim.
  const owner = before.at(-1);
  if (
    !verbal &&
    owner &&
    !owner.pronoun &&
    owner.last === ti - 2 &&
    VICTIM_NOUN.test(tokens[ti]?.lower ?? "") &&
    /^['’]s?$/.test(tokens[ti - 1]?.lower ?? "")
  ) {
    target ??= owner;
    if (attacker?.first === owner.first) attacker = null;
  }
  if (target && attacker && target.first === attacker.first) target = null;
  return {
    attacker: phrase(withCoordinated(s, attackerSpan(s, withoutTimeOwner(s, attacker)), 2)),
    target: phrase(withCoordinated(s, withOfTail(s, target))),
    place: phrase(withPlaceChain(s, placeOf(s, tj))),
    instruments: instrumentsOf(s, text, motiveCut(text, tEnd)),
    verbal,
    inanimateSubject,
    unknownSubject: phrase(unknownSubject),
    passive: passiveTold,
  };
}

function isVerbal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (prev && (prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "NUM" || prev.lower === "'s")) return false;
  // "to evacuate wounded personnel": a participle between a verb and its noun is an adjective.
  if (prev?.pos === "VERB" && /ed$/.test(t.lower) && /^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? "")) return false;
  if (t.pos === "VERB" || t.pos === "AUX") return true;
  // The tagger reads some attack verbs as nouns ("gunmen shot/NOUN dead"): an -ed form is still a verb.
  return /(?:ed|ot|ew|ung|uck|ook)$/.test(t.lower) && t.pos !== "PROPN";
}

function isPassive(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (PASSIVE_AUX.has(t.lower)) return true;
    if (t.pos !== "ADV" && t.pos !== "AUX") return false;
  }
  return false;
}

const prevWord = (tokens: readonly Token[], c: Chunk) => tokens[c.first - 1]?.lower ?? "";

function headWord(s: AnalysedSentence, c: Chunk): string {
  return s.tokens[c.head]?.lower ?? "";
}

function isTime(s: AnalysedSentence, c: Chunk): boolean {
  const h = s.tokens[c.head];
  return !h || TIME_WORD.test(h.lower) || h.pos === "NUM" || /^\d/.test(h.lower) || /^[ap]\.?m\.?$/.test(h.lower);
}

function isName(s: AnalysedSentence, c: Chunk): boolean {
  const h = s.tokens[c.head];
  return !!h && (h.pos === "PROPN" || /^[A-Z]/.test(h.cased));
}

const PLACE_NOUN =
  /^(?:department|departments|province|provinces|state|region|district|city|town|village|municipality|neighbou?rhood|canton|county|jurisdiction|governorate|oblast|area|sector|farm|estate|hamlet|settlement|suburb|street|avenue|road|highway|border|valley|mountains?|hill|river)$/;

/** "San Salvador", "Guerrero state", "Usulutan department": a name, or a place noun a name modifies. */
function isPlaceLike(s: AnalysedSentence, c: Chunk): boolean {
  // "in the vicinity of United States troops", "fire from Taliban fighters": a force near or from which, no place.
  if (AGENT_HEADS.has(headWord(s, c))) return false;
  // Mixed case shows names as the writer did; truecased copy only guesses them, so there the head must be one.
  if (s.casing === "mixed") return hasName(s, c);
  if (isName(s, c)) return true;
  return PLACE_NOUN.test(headWord(s, c)) && hasName(s, c);
}

/** "Guerrero state", "the town of Kunduz": some word of the phrase is a name. */
export function hasName(s: AnalysedSentence, c: Chunk): boolean {
  for (let k = c.first; k <= c.last; k++) {
    const t = s.tokens[k];
    if (t && k > c.first - 1 && (t.pos === "PROPN" || (/^[A-Z]/.test(t.cased) && k > 0 && t.pos !== "DET")))
      return true;
  }
  return false;
}

/** Could name who attacked: an agent noun ("gunmen", "ELN rebels"), a name, or a pronoun. */
export function isAgentLike(s: AnalysedSentence, c: Chunk): boolean {
  if (c.pronoun) return PRONOUN_AGENT.has(headWord(s, c));
  // "no group has claimed the attack": no one.
  if (/^(?:no|none|neither)$/.test(s.tokens[c.first]?.lower ?? "")) return false;
  const head = headWord(s, c);
  if (NOT_AGENTS.has(head) || isTime(s, c) || isWeapon(head)) return false;
  return AGENT_HEADS.has(head) || (isName(s, c) && !capitalOnlyAtStart(s, c));
}

// "a rigged drone blew up", "the rocket struck": a weapon as the subject is the instrument, not who attacked.
function isWeapon(word: string): boolean {
  INSTRUMENT_RE.lastIndex = 0;
  const m = INSTRUMENT_RE.exec(word);
  return !!m && m[0] === word;
}

/** The nearest phrase before the trigger in its clause that is not governed by a preposition. */
export function subjectOf(s: AnalysedSentence, before: readonly Chunk[], ti: number): Chunk | null {
  for (let k = before.length - 1; k >= 0; k--) {
    const c = before[k] as Chunk;
    if (ti - c.last > MAX_REACH) return null;
    if (crossesClause(s.tokens, c.last + 1, ti)) return null;
    const prev = s.tokens[c.first - 1];
    if (prev && (prev.pos === "ADP" || prev.lower === "to")) continue;
    if (isTime(s, c)) continue;
    // "the leader of the rebels ambushed": the phrase before "of" is the subject.
    if (prev?.lower === "of" && k > 0) continue;
    return c;
  }
  return null;
}

function crossesClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (CLAUSE_STOP.has(t.lower)) return true;
    // "..., killing" / "..., which": a comma followed by a new verb or relative starts another clause.
    if (t.text === "," && k + 1 < to) {
      const n = tokens[k + 1] as Token;
      if (n.pos === "VERB" || n.pos === "SCONJ" || n.pos === "CCONJ" || n.lower === "which" || n.lower === "who")
        return true;
    }
  }
  return false;
}

/** The object right after a verbal trigger ("shot dead a mayor", "set fire to a school", "attacked on X"). */
function objectOf(s: AnalysedSentence, after: readonly Chunk[], tj: number): Chunk | null {
  const c = after[0];
  if (!c || c.first - tj > 4) return null;
  for (let k = tj + 1; k < c.first; k++) {
    const t = s.tokens[k] as Token;
    if (t.pos === "PUNCT" || (t.pos === "ADP" && !TARGET_PREP.has(t.lower) && t.lower !== "to" && t.lower !== "up"))
      return null;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ") return null;
  }
  if (isTime(s, c) || c.pronoun) return null;
  return c;
}

/** "the Black Lotus attack": a name right before a nominal trigger, which may be a group's the article names. */
function namePremodifier(s: AnalysedSentence, before: readonly Chunk[], ti: number): Chunk | null {
  const c = before.at(-1);
  if (!c || c.pronoun || c.last !== ti - 1 || isTime(s, c)) return null;
  return c;
}

/** "a US airstrike", "an ELN attack", "the rebels' offensive": the actor right before a nominal trigger. */
function premodifier(s: AnalysedSentence, before: readonly Chunk[], ti: number): Chunk | null {
  const c = before.at(-1);
  if (!c) return null;
  const gap = s.tokens.slice(c.last + 1, ti);
  if (gap.some((t) => !(t.pos === "PART" || t.text === "-" || t.pos === "ADJ" || t.pos === "NOUN"))) return null;
  if (!isAgentLike(s, c) || c.pronoun) return null;
  // "this latest cowardly attack": a demonstrative and its adjectives point at the attack, not at who made it.
  if (
    /^(?:this|that|these|those|such|another)$/.test(s.tokens[c.first]?.lower ?? "") &&
    c.head === c.last &&
    s.tokens[c.head]?.pos !== "PROPN" &&
    !AGENT_HEADS.has(headWord(s, c))
  )
    return null;
  // "an attack" preceded by "the town's" is not an actor's: only names and agent nouns pass.
  return c;
}

// Verbs and nouns whose object or source is the doer of the infinitive after them: "allowed X to conduct a strike",
// "a request from X to carry out an airstrike".
const CONTROL =
  /^(?:allow(?:ed|s)?|permit(?:ted|s)?|authori[sz](?:ed|es)|ask(?:ed|s)?|order(?:ed|s)?|enabl(?:ed|es)|request(?:ed|s)?|urg(?:ed|es)|invit(?:ed|es)|cleared)$/;

/** "allowed Syrian aircraft to conduct a strike", "a request from X to conduct a strike": who is to do it. */
function controller(s: AnalysedSentence, before: readonly Chunk[], to: number): Chunk | null {
  const c = before.findLast((x) => x.last === to - 1);
  if (!c || c.pronoun) return null;
  const prev = s.tokens[c.first - 1];
  const prev2 = s.tokens[c.first - 2];
  if (prev && CONTROL.test(prev.lower)) return c;
  if (
    prev &&
    /^(?:from|by)$/.test(prev.lower) &&
    prev2 &&
    /^(?:request|requests|permission|call|order|orders|approval)$/.test(prev2.lower)
  )
    return c;
  return null;
}

/** "Rebels carried out an attack", "the group claimed the bombing". */
function lightVerbSubject(s: AnalysedSentence, before: readonly Chunk[], ti: number): Chunk | null {
  for (let k = ti - 1; k >= 0 && k >= ti - 5; k--) {
    const t = s.tokens[k] as Token;
    if (LIGHT_VERB.test(t.lower)) {
      if (s.tokens[k - 1]?.lower === "to") {
        const agent = controller(s, before, k - 1);
        if (agent) return agent;
      }
      const subject = subjectOf(
        s,
        before.filter((c) => c.last < k),
        k,
      );
      return subject && isAgentLike(s, subject) ? subject : null;
    }
  }
  return null;
}

/**
 * "Gunmen stormed the bank, throwing grenades at the guards": a participle set off by a comma after a clause is
 * done by that clause's subject, when it is an agent and the clause is active.
 */
function participleSubject(s: AnalysedSentence, before: readonly Chunk[], ti: number): Chunk | null {
  if (s.tokens[ti - 1]?.text !== "," || !/ing$/.test(s.tokens[ti]?.lower ?? "")) return null;
  for (let v = ti - 2; v >= 0 && v >= ti - 16; v--) {
    const t = s.tokens[v] as Token;
    if (CLAUSE_STOP.has(t.lower) || t.pos === "SCONJ" || t.text === ",") return null;
    if (t.pos !== "VERB" || /ing$/.test(t.lower)) continue;
    if (isPassive(s.tokens, v)) return null;
    const subject = subjectOf(
      s,
      before.filter((c) => c.last < v),
      v,
    );
    return subject && !subject.pronoun && isAgentLike(s, subject) ? subject : null;
  }
  return null;
}

/**
 * "The Red Dawn, the armed wing of the Workers Party, bombed a bridge": a subject with an apposition set off by
 * commas before the verb; the attacker is the subject and its apposition, as one span of the text.
 */
function appositiveSubject(s: AnalysedSentence, before: readonly Chunk[], ti: number): Chunk | null {
  if (s.tokens[ti - 1]?.text !== ",") return null;
  const told = before.find((c) => c.last === ti - 2);
  if (!told || told.pronoun) return null;
  let b = told;
  // "the armed wing of the Workers Party": the apposition's "of" tail.
  if (s.tokens[b.first - 1]?.lower === "of") {
    const head = before.find((c) => c.last === (b as Chunk).first - 2);
    if (head) b = { ...b, start: head.start, first: head.first };
  }
  if (s.tokens[b.first - 1]?.text !== ",") return null;
  const a = before.find((c) => c.last === (b as Chunk).first - 2);
  // "THE RED HAND, A MAOIST GROUP,": an apposition naming a body tells that the phrase it follows is one.
  if (!a || a.pronoun || !(isAgentLike(s, a) || (isAgentLike(s, told) && !isTime(s, a)))) return null;
  const prev = s.tokens[a.first - 1];
  if (prev && (prev.pos === "ADP" || prev.pos === "VERB" || prev.text === ",")) return null;
  // The apposition's head says what the phrase is when the name alone does not.
  return { ...a, end: b.end, last: b.last, head: isAgentLike(s, a) ? a.head : told.head };
}

const ADJUNCT_GAP = new Set(["DET", "NUM", "ADJ"]);
const NO_OBJECT_VERB = /^(?:died|perished|lost|fell|were|was|are|is|been|being|injured|wounded|hurt)$/;

/**
 * "Soldiers killed two reporters in two separate shootings": a nominal attack told as an "in" adjunct of an active
 * verb with its own object was made by that verb's subject. Passives ("were killed in an attack") and verbs with no
 * object ("died in the attack") tell its victims instead.
 */
function adjunctSubject(s: AnalysedSentence, before: readonly Chunk[], ti: number): Chunk | null {
  let k = ti - 1;
  while (k > 0 && k >= ti - 3 && ADJUNCT_GAP.has(s.tokens[k]?.pos ?? "")) k--;
  if (s.tokens[k]?.lower !== "in") return null;
  // "captured a rifle in the raid": a definite attack points back to one told before, whoever's it was.
  if (/^(?:the|this|that)$/.test(s.tokens[k + 1]?.lower ?? "")) return null;
  for (let v = k - 1; v >= 0 && v >= k - 14; v--) {
    const t = s.tokens[v] as Token;
    // "the involvement of troops in the murder": an "in" of a noun's own phrase is no adjunct of the clause.
    if (CLAUSE_STOP.has(t.lower) || t.pos === "SCONJ" || t.pos === "ADP") return null;
    // "were injured, including three reporters, in an attack": a participle is no main verb.
    if (t.pos !== "VERB" || /ing$/.test(t.lower)) continue;
    if (
      NO_OBJECT_VERB.test(t.lower) ||
      isPassive(s.tokens, v) ||
      !/^(?:NOUN|PROPN|NUM|DET|ADJ)$/.test(s.tokens[v + 1]?.pos ?? "")
    )
      return null;
    const subject = subjectOf(
      s,
      before.filter((c) => c.last < v),
      v,
    );
    return subject && isAgentLike(s, subject) && !subject.pronoun ? subject : null;
  }
  return null;
}

// "the town of X", and the relational frames that place an event by a named place: "on the outskirts of X",
// "the edge of X", "the area of X", "east of X".
const OF_PLACE =
  /^(?:town|city|village|province|department|state|region|district|municipality|outskirts|edge|edges|fringes|vicinity|area|environs|(?:north|south)(?:-?(?:east|west))?|east|west|(?:north|south)(?:-?(?:east|west))?ern|eastern|western)$/;

/** "in San Salvador", "near the town of Kunduz", "outside a police station in Kirkuk": the nearest named place. */
function placeOf(s: AnalysedSentence, tj: number): Chunk | null {
  let best: Chunk | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const chunk of s.chunks) {
    const prep = prevWord(s.tokens, chunk);
    if (!LOCATIVE.has(prep) && prep !== "of") continue;
    // "in the capital, Lima": a place noun set beside its name.
    const c = namedBeside(s, chunk) ?? chunk;
    if (!isPlaceLike(s, c) || isTime(s, c) || c.pronoun || timePossessive(s, c)) continue;
    if (prep === "of" && !OF_PLACE.test(s.tokens[c.first - 2]?.lower ?? "")) continue;
    const distance = c.first > tj ? c.first - tj : (tj - c.last) * 2;
    if (distance < bestScore) {
      best = c;
      bestScore = distance;
    }
  }
  return best;
}

const SETTLEMENT = /^(?:capital|city|town|village|hamlet|port|province|region|district|state|department)$/;

/** "the capital, Lima", "the town, Djibo": the name set beside a bare place noun. */
function namedBeside(s: AnalysedSentence, c: Chunk): Chunk | null {
  if (!SETTLEMENT.test(headWord(s, c)) || hasName(s, c) || s.tokens[c.last + 1]?.text !== ",") return null;
  const next = s.chunks.find((x) => x.first === c.last + 2);
  return next && !next.pronoun && isName(s, next) && !isTime(s, next) ? next : null;
}

/** "today's Taliban attack", "Sunday's rebel raid": who attacked, without the time that owns the phrase. */
function withoutTimeOwner(s: AnalysedSentence, c: Chunk | null): Chunk | null {
  if (!c || c.pronoun) return c;
  for (let k = c.first; k + 1 < c.last; k++) {
    if (!/^['’]s$/.test(s.tokens[k + 1]?.lower ?? "") || !TIME_WORD.test(s.tokens[k]?.lower ?? "")) continue;
    const first = k + 2;
    return { ...c, first, start: s.tokens[first]?.start ?? c.start };
  }
  return c;
}

/** "in today's Taliban attack": a phrase owned by a time is the attack's, not a place. */
function timePossessive(s: AnalysedSentence, c: Chunk): boolean {
  for (let k = c.first; k < c.last; k++)
    if (/^['’]s$/.test(s.tokens[k + 1]?.lower ?? "") && TIME_WORD.test(s.tokens[k]?.lower ?? "")) return true;
  return false;
}

// "..., in revenge for a drone strike": what follows is another event, told as a motive.
function motiveCut(text: string, from: number): number {
  const m = /\b(?:in (?:revenge|retaliation|response|reprisal)|to avenge)\b/i.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function instrumentsOf(s: AnalysedSentence, text: string, until: number): Phrase[] {
  const out: Phrase[] = [];
  const lower = text.slice(0, until).toLowerCase();
  if (lower.length !== until) return out;
  INSTRUMENT_RE.lastIndex = 0;
  for (let m = INSTRUMENT_RE.exec(lower); m && out.length < 6; m = INSTRUMENT_RE.exec(lower)) {
    const start = m.index;
    const end = start + m[0].length;
    const chunk = s.chunks.find((c) => c.start <= start && end <= c.end);
    // The text's own phrase ("Tomahawk cruise missiles"), without its article or count.
    let from = start;
    if (chunk) {
      let k = chunk.first;
      while (k < chunk.last && /^(?:DET|NUM|PRON)$/.test(s.tokens[k]?.pos ?? "")) k++;
      from = Math.min(start, s.tokens[k]?.start ?? start);
    }
    const to = chunk ? Math.max(end, s.tokens[chunk.head]?.end ?? end) : end;
    // "home-made IEDs": a hyphenated word is one word.
    while (from > 1 && text[from - 1] === "-" && /\w/.test(text[from - 2] ?? ""))
      from = text.lastIndexOf(" ", from - 1) + 1;
    if (notUsed(lower, from, text.slice(from, to))) continue;
    if (!out.some((p) => p.start < to && from < p.end))
      out.push({ start: from, end: to, text: text.slice(from, to), anaphoric: false });
  }
  return out;
}

// Heads whose "of" phrase says who they are: "members of the armed forces", "a group of armed men".
const OF_HEADS = new Set([
  "members",
  "member",
  "group",
  "groups",
  "unit",
  "units",
  "squad",
  "column",
  "cell",
  "band",
  "commando",
  "elements",
  "men",
]);

// "the coalition of Sahel states", "terrorists of the Farabundo Marti National Liberation Front", "members of the
// armed forces": a phrase and its "of" complement are one name.
function withOfName(s: AnalysedSentence, c: Chunk | null): Chunk | null {
  if (!c || c.pronoun || s.tokens[c.last + 1]?.lower !== "of") return c;
  const next = s.chunks.find((n) => n.first === c.last + 2);
  if (!next || next.pronoun || isTime(s, next)) return c;
  if (!hasName(s, next) && !OF_HEADS.has(headWord(s, c))) return c;
  return { ...c, end: next.end, last: next.last };
}

/**
 * "four nuns and their driver", "Ana Ruiz, a leader of the union": a phrase with the phrases
 * coordinated with it or set beside it, as one span of the text (at most `max` phrases).
 */
export function withCoordinated(s: AnalysedSentence, c: Chunk | null, max = 4): Chunk | null {
  if (!c || c.pronoun) return c;
  let out = withOfName(s, c) as Chunk;
  for (let n = 1; n < max; n++) {
    let k = out.last + 1;
    const joiner = s.tokens[k];
    if (!joiner) break;
    if (joiner.text === ",") {
      k++;
      if (/^(?:and|or)$/.test(s.tokens[k]?.lower ?? "")) k++;
    } else if (/^(?:and|or)$/.test(joiner.lower)) k++;
    else break;
    const next = s.chunks.find((x) => x.first === k);
    if (!next || next.pronoun || isTime(s, next)) break;
    out = withOfName(s, { ...out, end: next.end, last: next.last }) as Chunk;
  }
  return out;
}

/** "in Mingora, Swat, Pakistan", "a farm near Santa Tecla, La Libertad": a place with the names after it. */
function withPlaceChain(s: AnalysedSentence, c: Chunk | null): Chunk | null {
  if (!c) return c;
  let out = c;
  for (let n = 0; n < 3; n++) {
    if (s.tokens[out.last + 1]?.text !== ",") break;
    const next = s.chunks.find((x) => x.first === out.last + 2);
    if (!next || !isPlaceLike(s, next) || isTime(s, next) || next.pronoun) break;
    out = { ...out, end: next.end, last: next.last };
  }
  return out;
}

export function toPhrase(s: AnalysedSentence, text: string, c: Chunk): Phrase {
  let k = c.first;
  // The text's own words, without a leading article: "the ELN rebels" is told as "ELN rebels".
  while (k < c.last && /^(?:a|an|the)$/.test(s.tokens[k]?.lower ?? "")) k++;
  const start = s.tokens[k]?.start ?? c.start;
  const words = text.slice(c.start, c.end).toLowerCase();
  return {
    start,
    end: c.end,
    text: text.slice(start, c.end),
    anaphoric: c.pronoun || GENERIC_AGENTS.has(words),
  };
}

// "X claimed responsibility", "X claimed the attack", "attributed the attack to X", "X was responsible", "was
// carried out in the capital by X", "the bomb -- detonated by X --", "the bomb, planted by X,".
const CLAIMED =
  /\b(?:claimed|claims|claiming|took|takes|accepted|admitted)\s+(?:responsibility|credit)\b|\bclaimed\s+(?:the|this|that)\s+(?:attack|bombing|assault|killing|kidnapping|incident|blast|operation|strike)\b/;
const ATTRIBUTED =
  /\b(?:attacks?|actions?|acts|bombings?|murders?|killings?|crimes?|assassinations?|kidnappings?|explosions?)\s+(?:[a-z]+ly\s+)?(?:attributed to|blamed on)\s+|\b(?:(?:attributed|blamed|blames|blaming|linked)\s+(?:(?:the|this|that|these|those)\s+(?:[a-z-]+\s+){0,2}(?:attacks?|bombings?|assaults?|killings?|kidnappings?|incidents?|blasts?|operations?|explosions?|murders?|massacres?)|it|them)\s+(?:to|on)|\b(?:which|that)\s+(?:[a-z'’-]+\s+){1,5}?(?:blamed|blames|attributed|attributes)\s+on|(?:crimes?|murders?|massacres?|attacks?|assassinations?|killings?|actions?|acts|bombings?|kidnappings?)\s+(?:(?:yesterday|today|last night|(?:in|at|on|near|against|of)\s+(?:[a-z0-9'’-]+\s+){0,4}?)\s*){0,2}(?:carried out|perpetrated|committed|staged)\s+(?:(?:yesterday|today|last night|(?:in|at|on|near)\s+(?:[a-z0-9'’-]+\s+){0,4}?)\s*){0,2}by|(?:bombs?|charges?|explosives?|devices?|grenades?|dynamite|car[ -]bombs?)(?:\s*(?:,|--|—|–)\s*|\s+)(?:(?:was|were|had been|has been)\s+)?(?:[a-z]+ly\s+)?(?:placed|planted|left|thrown|hurled|detonated|set off|activated)\s+(?:(?:yesterday|today|last night|(?:in|at|on|near|inside|outside|under)\s+(?:[a-z0-9'’-]+\s+){0,4}?)\s*){0,2}by|(?:is|are|were|was|been|being)\s+(?:[a-z]+ly\s+)?(?:attributed to|blamed on|the work of|(?:carried out|claimed|perpetrated|committed|orchestrated|organi[sz]ed|masterminded|ordered|caused|launched|staged|placed|planted|thrown|hurled|set off|detonated)\s+(?:[a-z]+ly\s+)?(?:(?:yesterday|today|last night|(?:in|at|on|near|outside|inside)\s+(?:[a-z0-9'’-]+\s+){0,4}?)\s*){0,2}by))\s+/;
const DENIED = /\b(?:no|not|never|denied|deny|denies)\b[^.;]{0,24}$/;

/** Whether the sentence may name who claims or is blamed for an attack (cheap test before tagging). */
export function mayClaim(lower: string): boolean {
  return claimAt(lower) >= 0;
}

/** Where a claim of responsibility or an attribution starts in the sentence, or -1. */
export function claimAt(lower: string): number {
  const m = CLAIMED.exec(lower) ?? ATTRIBUTED.exec(lower) ?? /\bresponsible for\b|\bheld responsible\b/.exec(lower);
  return m ? m.index : -1;
}

/** "a self-styled Red Hand group": the name after the words a group calls itself by. */
function selfStyled(s: AnalysedSentence, c: Chunk | undefined): Chunk | undefined {
  if (!c || headWord(s, c) !== "self" || s.tokens[c.last + 1]?.text !== "-") return c;
  return s.chunks.find((k) => k.first > c.last + 1 && k.first <= c.last + 4);
}

/** Who claimed or is blamed for the attack told: "AQAP claimed responsibility", "blamed the attack on the ELN". */
export function claimantOf(s: AnalysedSentence, text: string): Phrase | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const attributed = ATTRIBUTED.exec(lower);
  if (attributed) {
    const from = attributed.index + attributed[0].length;
    const told = s.chunks.find((k) => k.start >= from && k.start - from <= 4);
    // "a self-styled 'Blue Flame' group": what a group calls itself is a name, whatever its words.
    const c = selfStyled(s, told);
    return c && (c !== told || isAgentLike(s, c)) ? toPhrase(s, text, withOfName(s, withGloss(s, c)) as Chunk) : null;
  }
  const claimed = CLAIMED.exec(lower) ?? /\b(?:was|were|is|are|being|been)\s+(?:held\s+)?responsible\b/.exec(lower);
  if (!claimed || DENIED.test(lower.slice(0, claimed.index))) return null;
  const at = tokenAt(s, claimed.index);
  if (at < 0) return null;
  const subject = subjectOf(
    s,
    s.chunks.filter((c) => c.last < at),
    at,
  );
  // "the government and the armed forces are responsible": the whole list before the verb.
  return subject && isAgentLike(s, subject)
    ? toPhrase(s, text, withAndBefore(s, withOfName(s, withGloss(s, subject)) as Chunk))
    : null;
}

/** "the government and the armed forces": a subject with the phrase "and" joins before it, not one governed by a preposition. */
function withAndBefore(s: AnalysedSentence, c: Chunk): Chunk {
  if (c.pronoun || s.tokens[c.first - 1]?.lower !== "and") return c;
  const prev = s.chunks.find((x) => x.last === c.first - 2);
  const gov = prev && s.tokens[prev.first - 1];
  if (!prev || prev.pronoun || (gov && (gov.pos === "ADP" || gov.lower === "to"))) return c;
  return { ...c, start: prev.start, first: prev.first };
}

const VICTIM_VERB =
  /^(?:killed|murdered|wounded|injured|kidnapped|kidnaped|abducted|assassinated|shot|massacred|executed|slain|hurt|burned|destroyed|damaged|dynamited)$/;

/**
 * Who or what an attack hit, told around its toll: "three peasants were killed", "killing the mayor",
 * "destroyed two buses". Objects of these verbs, or their passive subjects; never pronouns or times.
 */
export function victimsOf(s: AnalysedSentence, text: string): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 0; i < s.tokens.length && out.length < 4; i++) {
    const t = s.tokens[i] as Token;
    if (!VICTIM_VERB.test(t.lower) && !/^(?:killing|wounding|injuring|kidnapping|destroying|damaging)$/.test(t.lower))
      continue;
    const passive = isPassive(s.tokens, i);
    const c = passive
      ? widenSubject(
          s,
          subjectOf(
            s,
            s.chunks.filter((x) => x.last < i),
            i,
          ),
          i,
        )
      : objectOf(
          s,
          s.chunks.filter((x) => x.first > i),
          i,
        );
    if (!c || c.pronoun || isTime(s, c)) continue;
    const p = toPhrase(s, text, withCoordinated(s, withOfTail(s, c)) as Chunk);
    if (!p.anaphoric && !out.some((o) => o.start === p.start)) out.push(p);
  }
  return out;
}

/** "FMLN guerrillas", "the Farabundo Marti National Liberation Front": armed groups the sentence names. */
export function namedGroups(s: AnalysedSentence, text: string): Phrase[] {
  const out: Phrase[] = [];
  for (const c of s.chunks) {
    if (c.pronoun || NOT_AGENTS.has(headWord(s, c))) continue;
    // "the FMLN [Farabundo Marti National Liberation Front]": a name glossed as an armed body is one.
    if (glossNamesGroup(s, c)) {
      out.push(toPhrase(s, text, withGloss(s, c) as Chunk));
      continue;
    }
    if (!AGENT_HEADS.has(headWord(s, c))) continue;
    let named = false;
    for (let k = c.first; k < c.head; k++) if (s.tokens[k]?.pos === "PROPN") named = true;
    if (named || (isName(s, c) && c.head > c.first))
      out.push(toPhrase(s, text, withOfName(s, withGloss(s, c)) as Chunk));
  }
  return out;
}
