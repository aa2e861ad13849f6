import type { EventDate, EventKind } from "@deconflict/domain";
import { ARMED_GROUPS, COALITIONS, STATE_FORCES } from "../lexicon/actors.ts";
import type { ActorHit } from "../lexicon/match-actors.ts";
import type { TriggerFamily } from "../lexicon/triggers.ts";
import {
  KIND_CONTEXT,
  MILITARY_CONTEXT,
  MODAL_BEFORE,
  NEGATED_BEFORE,
  NOT_ATTACK_AFTER,
  NOT_ATTACK_BEFORE,
  TRIGGER_RE,
  TRIGGERS,
} from "../lexicon/triggers.ts";
import { type AnalysedSentence, nounChunks, tagSentence } from "../linguistic/index.ts";
import { farFromNominal } from "./far-actor.ts";
import { claimAt, type Frame, readFrame } from "./frames.ts";
import { toldAsNoAttack } from "./not-told.ts";
import { assignRoles, targetObject } from "./roles.ts";
import type { SentenceInfo } from "./sentence.ts";

/** One telling of an attack in one sentence, before the article's mentions are merged. */
export interface Candidate {
  sentence: number;
  /** Trigger offsets, relative to the sentence. */
  start: number;
  end: number;
  kind: EventKind;
  /** The kind was said (a kind-bearing trigger or context word), not assumed. */
  kindExplicit: boolean;
  attacker: ActorHit | null;
  target: ActorHit | null;
  targetObject: string | null;
  weakTarget: boolean;
  date: EventDate | null;
  /** "the strike", "Tuesday's strike", "that attack": points back to an event already told. */
  definite: boolean;
  /** "they launched drones": the subject is a pronoun for an actor already told. */
  pronounSubject: boolean;
  /** "a cell that fired missiles": told of someone the lexicon does not know, not of the last actor. */
  relative: boolean;
  /** "such strikes", "the last such strike": same kind of attack, same attacker, another time. */
  such: boolean;
  plural: boolean;
  /** "The army said its aircraft had targeted": a side retelling its own strike, not a new one. */
  retold: boolean;
  /** A weak word told only as someone's deed ("claimed responsibility for the attack"): an attack of its own only
   * when the article has told none before; after one, the claim is the claimant's to read. */
  deedOnly: boolean;
  /** Told bare ("the mayor was killed", no killer named; "there was an explosion at the depot"): an attack of its
   * own only when the article has told none before; after one, it is that attack's toll or retelling. */
  firstOnly: boolean;
  /** What kind of attack the trigger word tells (for ACLED typing) and whether it is a weak word. */
  family: TriggerFamily;
  weak: boolean;
  /** The roles read off the sentence's grammar: open-world names as the text gives them. */
  frame: Frame;
  /** The sentence's text: the frame's and the actors' offsets are into it. */
  sentenceText: string;
}

// Per sentence, at most this many triggers are read: bounds the work on pathological input.
const MAX_TRIGGERS = 12;
const DEFINITE =
  /(?:\b(?:the|this|that|these|those|its|their|his|her)|[a-z]+day[’']s|week[’']s|night[’']s)\s+(?:[a-z][a-z’'-]*\s+){0,3}$/;
const INSTRUMENT_BEFORE = /\b(?:with|using)\s+(?:a|an|the|its|their|two|three|several)?\s*(?:[a-z-]+\s+){0,2}$/;
const ABSOLUTE_AFTER = /^\s*(?:being|having|coming|taking place)\b/;
const RETOLD = /\b(?:it|they|its\s+[a-z-]+|their\s+[a-z-]+)\s+(?:(?:had|has|have|was|were|then|also|later|been)\s+)*$/;
const SPEECH = /\b(?:said|says|stated|announced|claimed|confirmed|added)\b/;
// "has killed thousands of fighters since October": a tally over time, not one killing.
const AGGREGATE = /\b(?:since|so far|to date|over the (?:past|last)|(?:thousands|hundreds|tens) of)\b/;
const CLAIM_REASON =
  /\b(?:stat(?:ing|ed)|saying|said|says|citing|adding|claiming that|demand(?:ing|ed)|calling it|describ(?:ing|ed))\b/;
const MOTIVE_BEFORE =
  /\b(?:revenge|retaliation|response|retribution|reprisal|avenge|avenging|in return)\s+(?:for|to|against)?\s*(?:the|a|an|an earlier|earlier|recent|previous|its|their|his|alleged)?\s*(?:[a-z-]+\s+){0,3}$/;
const CHARGED_BEFORE =
  /\b(?:accused|charged|convicted|suspected|indicted|tried|acquitted) (?:of|with|for) (?:(?:carrying out|committing|perpetrating|staging|plotting|planning|organi[sz]ing|masterminding|involvement in|participating in|taking part in) )?(?:the |a |an |last [a-z]+'s )?(?:[a-z-]+ ){0,3}$/;
const CASE_AFTER = /^\s+(?:suspects?|trial|case|convictions?|defendants?|plotters?)\b/;
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+(?:had\s+|have\s+|has\s+)?$/;
const DEED_TOLD =
  /^\s*(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:attack|bombing|blast|explosion|incident|assault|raid|ambush)\b/;
const INNER_PASSIVE = /\b(?:was|were|been)\s+(?:[a-z]+ly\s+)?[a-z]+$/;
const SUCH = /\b(?:such|similar|last|previous|earlier|prior)\s+(?:[a-z-]+\s+){0,2}$/;

export function detectCandidates(s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const l = s.lower;
  TRIGGER_RE.lastIndex = 0;
  const found: { start: number; end: number; entryIndex: number }[] = [];
  for (let m = TRIGGER_RE.exec(l); m && found.length < MAX_TRIGGERS; m = TRIGGER_RE.exec(l)) {
    const gi = m.findIndex((g, k) => k > 0 && g !== undefined);
    found.push({ start: m.index, end: m.index + m[0].length, entryIndex: gi - 1 });
  }
  if (!found.length) return out;
  // Tag only sentences that tell an attack: the tagger is the costliest step of the extractor.
  // Tagged on first need: most sentences with a trigger word drop it before its roles are read.
  let analysed: AnalysedSentence | null = null;
  const claimFrom = claimAt(l);
  let floor = 0;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!f) continue;
    const entry = TRIGGERS[f.entryIndex];
    if (!entry) continue;
    const beforeText = l.slice(Math.max(0, f.start - 40), f.start);
    const afterText = l.slice(f.end, f.end + 30);
    const word = l.slice(f.start, f.end);
    if (NOT_ATTACK_AFTER.test(afterText) || NOT_ATTACK_BEFORE.test(beforeText)) continue;
    if (NEGATED_BEFORE.test(beforeText) || MODAL_BEFORE.test(beforeText)) {
      floor = f.end;
      continue;
    }
    // "X claimed the attack on the newspaper": a weak word with no military context tells an attack as someone's deed.
    const deedOnly = entry.weak && !MILITARY_CONTEXT.test(l);
    const happening = deedOnly && !toldAsDeed(l, f.start, f.end) && toldAsHappening(l, f.start, f.end);
    if (deedOnly && !happening && !toldAsDeed(l, f.start, f.end)) continue;
    if (toldAsNoAttack(l, f.start, f.end, s.dates.length > 0)) continue;
    // "with a car bomb", "using drones": the weapon of an attack already told, not another attack.
    // "with the last such strike being carried out in April": an absolute clause telling an attack, no weapon.
    if (INSTRUMENT_BEFORE.test(beforeText) && !ABSOLUTE_AFTER.test(afterText)) continue;
    // "accused of attacking", "by bombing farmers": a charge or a habit, not an event told.
    if (/ing$/.test(word) && /\b(?:by|of|for|about)\s+$/.test(beforeText)) continue;
    // "accused of carrying out the bombing", "a bombing suspect": a charge or a case, not the attack told.
    if (CHARGED_BEFORE.test(l.slice(Math.max(0, f.start - 90), f.start)) || CASE_AFTER.test(afterText)) continue;
    // "in revenge for a drone strike", "in response to an earlier attack": another, earlier event told as a motive.
    if (MOTIVE_BEFORE.test(beforeText)) continue;
    // "AQAP claimed responsibility, saying it avenged a drone strike": after a claim, attacks are its reasons.
    if (claimFrom >= 0 && f.start > claimFrom && CLAIM_REASON.test(l.slice(claimFrom, f.start))) continue;
    // "one of the deadliest assaults since ...": a comparison with attacks in general.
    if (/\b(?:one of the|among the|some of the)\s+(?:[a-z-]+\s+){0,2}$/.test(beforeText)) continue;
    const ceiling = found[i + 1]?.start ?? l.length;
    const roles = assignRoles(l, s.actors, f.start, f.end, floor, ceiling);
    // "in Swabi, Pakistan, a bomb that had been planted": a passive told inside the trigger has its agent after it.
    if (roles.attacker && roles.attacker.start < f.start && INNER_PASSIVE.test(word)) roles.attacker = null;
    // "air defences shot down 11 drones, Ukraine's air force said": whoever reports the interception made it.
    if (!roles.attacker && entry.kind === "shootdown") roles.attacker = reporterAfter(s, f.end) ?? null;
    // "The army said a drone struck a militant cell": a belligerent telling of an unowned strike on its enemy made it.
    if (!roles.attacker && roles.target && entry.kind !== "shootdown")
      roles.attacker = belligerentSpeaker(s, floor, f.start, roles.target) ?? null;
    // "bombed the outpost, ... after British forces had left": the thing struck comes before a later actor.
    const object = targetObject(l, f.end);
    if (object && roles.target && object.end <= roles.target.start) roles.target = null;
    analysed ??= analyseAround(s.text, found);
    s.analysed = analysed;
    const frame = readFrame(analysed, s.text, f.start, f.end);
    if (frame.attacker?.anaphoric && /^it$/i.test(frame.attacker.text) && BURST.test(word)) frame.attacker = null;
    // "X, shot dead by police, had pledged allegiance to Y": a passive's target stands before it, not after.
    if (frame.passive && frame.target && roles.target && roles.target.start >= f.end) roles.target = null;
    // "The embassy condemned this cowardly attack": a noun whose phrase names no attacker is no far actor's act.
    if (!frame.verbal && !frame.attacker && roles.attacker && farFromNominal(l, roles.attacker.end, f.start))
      roles.attacker = null;
    // "X condemned the murder of Y": who governs a killing named by its victim is not its killer; only the phrase's
    // own grammar ("the murder of Y by Z", "Z's killing of Y") names one.
    if (/^(?:murder|killings?)$/.test(word) && /^ of /.test(afterText) && !frame.attacker) roles.attacker = null;
    // "a bomb was planted by two men": the placing tells who; without its agent the bomb's going off tells the attack.
    if (INNER_PASSIVE.test(word) && !frame.attacker) continue;
    // "killed" tells an attack of its own only with its killer named, and not beside another attack's trigger.
    // "The mayor was killed at the airport", told alone, is a killing whose killer the text has yet to name.
    const victimTold = !!frame.passive && !!frame.target && word === "killed" && !ACCIDENT_AFTER.test(afterText);
    if (
      entry.family === "killing" &&
      ((!frame.attacker && !victimTold) || !frame.verbal || found.length > 1 || AGGREGATE.test(l))
    )
      continue;
    const firstOnly = (victimTold && frame.attacker === null) || happening;
    const kind = kindOf(entry.kind, l, f.start, word);
    // "two vendors were killed": with no aircraft or artillery in sight, a killing is done on the ground.
    if (victimTold && firstOnly && !kind.kindExplicit) kind.kind = "ground-attack";
    // "the coalition bombed": a state or a coalition bombs from the air; gunmen plant bombs.
    if (!kind.kindExplicit && entry.family === "bombing" && roles.attacker && isAirPower(roles.attacker.entry.key))
      kind.kind = "airstrike";
    // "flew a bomb-carrying drone into the depot": the weapon names the strike.
    if (
      kind.kind === "other-attack" &&
      frame.instruments.some((x) => /\b(?:drones?|uavs?|quadcopters?)\b/i.test(x.text))
    )
      kind.kind = "drone-strike";
    out.push({
      sentence: s.index,
      family: entry.family,
      weak: entry.weak,
      deedOnly,
      firstOnly,
      frame,
      sentenceText: s.text,
      start: f.start,
      end: f.end,
      ...kind,
      attacker: roles.attacker,
      target: roles.target,
      targetObject: roles.target ? null : (object?.name ?? null),
      weakTarget: roles.weakTarget,
      date: nearestDate(s, f.start, f.end),
      // "the guerrillas burned": an article before a verb is its subject's; only "the attack" points back.
      // "The attack involved gunmen who detonated a car": a relative clause of a sentence about the attack retells it.
      definite:
        (DEFINITE.test(beforeText) && !subjectRightBefore(frame, f.start)) ||
        (RELATIVE_BEFORE.test(beforeText) && DEED_TOLD.test(l.slice(0, f.start))),
      relative: RELATIVE_BEFORE.test(beforeText),
      pronounSubject: pronounActor(beforeText, word),
      such: SUCH.test(beforeText),
      plural: /(?:strikes|attacks|raids|bombings|assaults|barrages)$/.test(word),
      retold: RETOLD.test(beforeText) && SPEECH.test(l.slice(0, f.start)),
    });
    floor = f.end;
  }
  return out;
}

// "X claimed responsibility for the attack", "the attack was carried out by a couple": a word told as someone's deed.
const DEED_BEFORE =
  /\b(?:responsib(?:ility|le) for|credit for|masterminded|in connection with)\s+(?:the|this|that|[a-z]+day[’']s)\s+(?:[a-z-]+\s+){0,2}$/;
const DEED_AFTER =
  /^\s+(?:(?:on|against|at|in)\s+(?:[a-z0-9'’-]+\s+){1,5}?)?(?:(?:was|were|had been)\s+)?(?:[a-z]+ly\s+)?(?:carried out|perpetrated|committed|staged)\s+by\b/;
const NO_ONE = /\b(?:no|none|nobody|not|never)\b/;

// "the explosion occurred on First Avenue", "there was an explosion at the depot", "two died in the blast": an
// explosion or attack told as a thing that happened, not a word used of something else.
const OCCURRED_AFTER = /^\s+(?:[a-z,]+\s+){0,3}?(?:occurred|occured|took place|happened|went off|rocked|shook)\b/;
const THERE_WAS_BEFORE =
  /\bthere (?:was|were|had been|has been|have been) (?:an?|two|three|four|five|several|\d+) (?:[a-z-]+ ){0,2}$/;
const NOT_A_BLAST = /\b(?:gas|boiler|volcanic|population|industrial|accidental|tyre|tire|transformer|engine|mine)\s+$/;

function toldAsDeed(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 60), start);
  if (DEED_BEFORE.test(before)) return !NO_ONE.test(before);
  return DEED_AFTER.test(lower.slice(end, end + 90));
}

function toldAsHappening(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 60), start);
  return (
    (OCCURRED_AFTER.test(lower.slice(end, end + 60)) || THERE_WAS_BEFORE.test(before)) && !NOT_A_BLAST.test(before)
  );
}

// "killed in a car crash", "killed when lightning struck": a death that no one caused.
const ACCIDENT_AFTER =
  /^\s+(?:[a-z]+\s+){0,3}(?:in|by|during|when)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:crash|accident|collision|earthquake|flood|fire|storm|landslide|avalanche|lightning|explosion at|stampede)/;

// "the bomb ... it exploded", "they went off": what explodes is the device, not who set it.
const BURST = /^(?:explod|went off|go(?:es)? off|going off|blew up|blow(?:s)? up|burst)/;

/** "they launched drones": a pronoun subject that stands for an actor already told. */
function pronounActor(beforeText: string, word: string): boolean {
  return /\b(?:it|they)\s+(?:(?:had|has|have|also|then|later|again)\s+)*$/.test(beforeText) && !BURST.test(word);
}

/** A verbal trigger whose subject phrase ends right before it: "the guerrillas burned", "the Black Lotus burned". */
function subjectRightBefore(frame: Frame, start: number): boolean {
  const a = frame.attacker ?? frame.unknownSubject;
  return frame.verbal && !!a && a.end <= start && start - a.end <= 2;
}

/** Tokens and chunks of a sentence; no phrase may swallow a trigger ("gunmen shot/NOUN dead"). */
// Around the triggers of an overlong "sentence" (a one-line dump), only this much is tagged on either side.
const TAG_REACH = 1000;

function analyseAround(text: string, triggers: readonly { start: number; end: number }[]): AnalysedSentence {
  const from = Math.max(0, Math.min(...triggers.map((f) => f.start)) - TAG_REACH);
  const to = Math.min(text.length, Math.max(...triggers.map((f) => f.end)) + TAG_REACH);
  const tagged = tagSentence(text, { start: from, end: to });
  const barred = new Set<number>();
  tagged.tokens.forEach((t, i) => {
    if (triggers.some((f) => t.start < f.end && f.start < t.end)) barred.add(i);
  });
  return { ...tagged, chunks: nounChunks(tagged.tokens, (i) => barred.has(i)) };
}

function kindOf(
  given: EventKind | null,
  lower: string,
  start: number,
  word: string,
): { kind: EventKind; kindExplicit: boolean } {
  // "a drone fired a missile": the platform names the strike.
  if (given === "missile-strike" && /\bdrones?\b/.test(lower.slice(0, start)))
    return { kind: "drone-strike", kindExplicit: true };
  if (given) return { kind: given, kindExplicit: true };
  for (const { re, kind } of KIND_CONTEXT) if (re.test(lower)) return { kind, kindExplicit: true };
  // "assailants bombed a pipeline": with no aircraft in sight, a bombing is a bomb attack.
  if (/^bomb/.test(word)) return { kind: "other-attack", kindExplicit: false };
  return { kind: /^attack|^assault|^raid|^fired/.test(word) ? "ground-attack" : "airstrike", kindExplicit: false };
}

const SAID_THEN =
  /^[\s’']*s?\s*(?:[a-z-]+\s+){0,3}(?:said|says|stated|announced|claimed|confirmed|reported)\s+(?:that\s+)?(?:[a-z-]+\s+){0,4}$/;

function isAirPower(key: string): boolean {
  return STATE_FORCES.has(key) || COALITIONS.has(key);
}

function isBelligerent(key: string): boolean {
  return STATE_FORCES.has(key) || ARMED_GROUPS.has(key) || COALITIONS.has(key);
}

function belligerentSpeaker(s: SentenceInfo, floor: number, tStart: number, target: ActorHit) {
  if (!isBelligerent(target.entry.key)) return undefined;
  const speaker = s.actors.findLast((a) => a.start >= floor && a.end <= tStart);
  if (!speaker || !isBelligerent(speaker.entry.key) || speaker.entry.side === target.entry.side) return undefined;
  return SAID_THEN.test(s.lower.slice(speaker.end, tStart)) ? speaker : undefined;
}

function reporterAfter(s: SentenceInfo, from: number) {
  return s.actors.find(
    (a) =>
      a.start >= from &&
      /^[\s’']*s?\s*(?:[a-z-]+\s+){0,3}(?:said|says|reported|announced)\b/.test(s.lower.slice(a.end, a.end + 40)),
  );
}

const RELATIVE_TIME =
  /\b(?:(?:hours?|days?|minutes?|weeks?|a day|the day|shortly|soon|moments?|an hour)\s+(?:before|after|later|earlier)|the (?:next|following|previous) (?:day|morning|night))\b/;

function nearestDate(s: SentenceInfo, start: number, end: number): EventDate | null {
  let best: EventDate | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const d of s.dates) {
    // "fired a missile on Thursday, hours before American forces struck": the date is the other event's.
    const between = d.end <= start ? s.lower.slice(d.end, start) : d.start >= end ? s.lower.slice(end, d.start) : "";
    if (RELATIVE_TIME.test(between)) continue;
    const distance = d.end <= start ? start - d.end : d.start >= end ? d.start - end : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = d.date;
    }
  }
  return best;
}
