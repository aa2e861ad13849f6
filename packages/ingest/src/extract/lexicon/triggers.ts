import type { EventKind } from "@deconflict/domain";

import data from "./json/triggers.json" with { type: "json" };

/** What kind of attack a trigger tells, for ACLED typing. */
export type TriggerFamily =
  | "chemical"
  | "suicide"
  | "bombing"
  | "drone"
  | "missile"
  | "shelling"
  | "air"
  | "shootdown"
  | "shooting"
  | "kidnapping"
  | "arson"
  | "assassination"
  | "massacre"
  /** "gunmen killed a judge": a killing is an attack only when its killer is the verb's subject or agent. */
  | "killing"
  | "ground"
  | "clash"
  | "generic";

/** A word or phrase that tells an attack. `kind` null: the kind comes from the sentence's context. */
export interface TriggerEntry {
  source: string;
  kind: EventKind | null;
  /** A common word that only tells an attack with a military context ("hit", "attacked"). */
  weak: boolean;
  family: TriggerFamily;
}

// Longest first inside the alternation (json/triggers.json), so "cruise missile attack" wins over "attack".
export const TRIGGERS: readonly TriggerEntry[] = data.triggers as TriggerEntry[];

export const TRIGGER_RE = new RegExp(
  `(?<![a-z0-9-])(?:${TRIGGERS.map((t) => `(${t.source})`).join("|")})(?![a-z0-9]|-)`,
  "g",
);

// Uses of strike and attack words that are not attacks.
// "air raid alerts sounded", "a missile warning", "drone sirens": the trigger word names a warning, not an attack.
export const NOT_ATTACK_AFTER =
  /^\s*(?:by (?:[a-z]+ )?(?:workers|unions?|teachers|doctors|nurses|staff|employees|drivers|miners|students)\b|a (?:deal|balance|chord|note|tone|blow for|pose)|an? (?:agreement|accord|compromise|deal)|back|out at|hard|home|headlines|the (?:market|headlines|right note|shelves|ground running|road)|by (?:sanctions|inflation|tariffs|a recession)|record|rate|price|ads?\b|dogs?\b|force\b|(?:alerts?|alarms?|sirens?|warnings?|shelters?|drills?)\b|(?:drones?|helicopters?|aircraft|jets?|submarines?|boats?|surface|vector|rate)\b)/;
// A whole word before the trigger: "organization detonated" is no "on detonated".
export const NOT_ATTACK_BEFORE =
  /\b(?:hunger|general|labou?r|workers[’']?|teachers[’']?|rail|doctors[’']?|on|panic|heart|cyber|verbal|personal|political|lucky|first|pre-emptive rhetorical)[\s-]+$/;
// "never", "no", "any", "would": an attack that did not (or may not) happen.
export const NEGATED_BEFORE =
  /\b(?:no|not|never|any|without|would|could|might|may|threat(?:en(?:ed|s)?)? to|ready to|prepared to|(?:preparing|planning|plotting|plann?ed|plans?|about|intend(?:ed|s|ing)?|vow(?:ed|s|ing)?|pledg(?:ed|es|ing)) to|refus(?:e|ed) to|avoid|prevent(?:ed)?|deter|if|den(?:y|ies|ied|ying)|rejected)\s+(?:[a-z-]+\s+){0,2}$/;

// "we must attack terrorists", "they will strike again": an attack urged or foretold, not told.
export const MODAL_BEFORE =
  /\b(?:must|should|shall|will|would|could|can|may|might)\s+(?:also\s+|not\s+|never\s+|again\s+|soon\s+)?(?:be\s+|have\s+been\s+)?$/;

/** Context words that give a generic trigger ("struck", "attack") its kind, strongest first. */
export const KIND_CONTEXT: readonly { re: RegExp; kind: EventKind }[] = [
  { re: /\b(?:drones?|uavs?|unmanned aerial|shahed|geran|bayraktar|loitering munitions?)\b/, kind: "drone-strike" },
  {
    re: /\b(?:missiles?|rockets?|tomahawks?|iskanders?|kalibrs?|kinzhals?|katyushas?|atacms|storm shadow)\b/,
    kind: "missile-strike",
  },
  {
    re: /\b(?:aircraft|jets?|warplanes?|planes?|air ?craft|(?<!suicide )bombers?|fighter jets?|helicopters?|gunships?|air force|air ?strikes?|f\/a-18|f-\d{1,2}|a-10|b-52|b-1|su-\d{2}|mig-\d{2}|glide bombs?|guided bombs?|dropped (?:[a-z0-9-]+ ){0,2}bombs)\b/,
    kind: "airstrike",
  },
  {
    re: /\b(?:artillery|shelling|shells|mortars?|howitzers?|grad|multiple rocket|mlrs)\b/,
    kind: "artillery-strike",
  },
];

// A weak trigger tells an attack only near military words, or near the words for those who attack.
export const MILITARY_CONTEXT =
  /\b(?:terrorists?|terrorism|guerr?ill?as?|subversives?|gunm[ae]n|assailants?|commandos?|paramilitar(?:y|ies)|death squads?|hitm[ae]n|forces|troops|soldiers|military|army|militias?|militiamen|fighters|militants|rebels|insurgents|base|garrison|outpost|convoy|positions?|tanks?|vehicles?|aircraft|jets?|warplanes?|drones?|missiles?|rockets?|artillery|shelling|bombs?|killed|killing|wounded|injured|civilians?|residential|apartment|homes?|houses?|district|neighbou?rhood|village|town|city|hospital|camp|airbase|air base|infrastructure|power (?:plant|station|grid)|energy|front ?line|checkpoint|barracks|depot|ammunition|weapons|coalition|airstrikes?|strikes?|air[ -]defen[cs]es?|anti-aircraft|iron dome|interceptors?|warships?|destroyers?|frigates?|navy|projectiles?|shells?|dynamite|gunfire|bullets?|machine-?guns?|rifles?|armed (?:men|group|groups|individuals|band|bands|persons|people|gangs?|commandos?|squads?|units?))\b/;
