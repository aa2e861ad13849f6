import type { EventKind } from "@deconflict/domain";

/** A word or phrase that tells an attack. `kind` null: the kind comes from the sentence's context. */
export interface TriggerEntry {
  source: string;
  kind: EventKind | null;
  /** A common word that only tells an attack with a military context ("hit", "attacked"). */
  weak: boolean;
}

// Longest first inside the alternation, so "cruise missile attack" wins over "attack".
export const TRIGGERS: readonly TriggerEntry[] = [
  { source: "chemical (?:weapons? )?attacks?", kind: "other-attack", weak: false },
  { source: "(?:suicide|car|truck|roadside) bomb(?:ing|ings|s)?", kind: "other-attack", weak: false },
  { source: "(?:ied|bomb) (?:attacks?|blasts?|explosions?)", kind: "other-attack", weak: false },
  { source: "(?:drone|uav) (?:strikes?|attacks?|raids?)", kind: "drone-strike", weak: false },
  {
    source: "(?:cruise |ballistic |guided |hypersonic )?missile (?:strikes?|attacks?|barrages?|salvos?)",
    kind: "missile-strike",
    weak: false,
  },
  // Rockets count as missiles: an air-class strike from afar, whoever fires them.
  {
    source: "(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?) (?:[a-z0-9-]+ ){0,3}(?:missiles?|rockets?)",
    kind: "missile-strike",
    weak: false,
  },
  { source: "(?:rocket|missile) (?:fire|attacks?|barrages?|salvos?|strikes?)", kind: "missile-strike", weak: false },
  {
    source: "(?:barrages?|salvos?|volleys?) of (?:[a-z-]+ ){0,2}(?:rockets|missiles)",
    kind: "missile-strike",
    weak: false,
  },
  {
    source: "(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?) (?:[a-z0-9-]+ ){0,3}drones",
    kind: "drone-strike",
    weak: false,
  },
  {
    source: "(?:artillery|mortar|tank) (?:fire|strikes?|attacks?|barrages?|shells?|rounds)",
    kind: "artillery-strike",
    weak: false,
  },
  { source: "fir(?:e|es|ed|ing) (?:[a-z0-9-]+ ){0,3}(?:mortars?|shells)", kind: "artillery-strike", weak: false },
  { source: "shell(?:ed|ing|s)", kind: "artillery-strike", weak: false },
  { source: "bombard(?:ed|ing|ment|ments|s)?", kind: "artillery-strike", weak: false },
  { source: "air ?-?strikes?", kind: "airstrike", weak: false },
  { source: "air ?raids?", kind: "airstrike", weak: false },
  { source: "bombing (?:raids?|runs?|campaign)", kind: "airstrike", weak: false },
  { source: "(?:carpet-? ?)?bomb(?:ed|ing)", kind: "airstrike", weak: false },
  { source: "(?:shot|shoot|shoots|shooting) down", kind: "shootdown", weak: false },
  { source: "downed", kind: "shootdown", weak: true },
  { source: "intercept(?:ed|s|ing|ions?)", kind: "shootdown", weak: true },
  { source: "ground (?:attacks?|assaults?|offensive)", kind: "ground-attack", weak: false },
  { source: "(?:opened|open) fire", kind: "ground-attack", weak: false },
  { source: "fired (?:on|at|upon)", kind: null, weak: true },
  { source: "(?:slammed|crashed|smashed|ploughed|plowed|rained down) (?:into|on)", kind: null, weak: true },
  // "a Houthi drone aimed at the airport": the weapon names the strike.
  {
    source: "(?:drones?|missiles?|rockets?) (?:aimed|fired|launched|directed) (?:at|toward|towards)",
    kind: null,
    weak: false,
  },
  { source: "ambush(?:ed|es)?", kind: "ground-attack", weak: false },
  { source: "assault(?:ed|s)?", kind: "ground-attack", weak: true },
  { source: "raid(?:ed|s)?", kind: "ground-attack", weak: true },
  { source: "stormed", kind: "ground-attack", weak: true },
  { source: "attack(?:ed|s|ing)?", kind: null, weak: true },
  { source: "strik(?:e|es|ing)", kind: null, weak: true },
  { source: "struck", kind: null, weak: true },
  { source: "hit(?:s|ting)?", kind: null, weak: true },
  { source: "target(?:ed|ing)", kind: null, weak: true },
];

export const TRIGGER_RE = new RegExp(
  `(?<![a-z0-9-])(?:${TRIGGERS.map((t) => `(${t.source})`).join("|")})(?![a-z0-9]|-)`,
  "g",
);

// Uses of strike and attack words that are not attacks.
export const NOT_ATTACK_AFTER =
  /^\s*(?:by (?:[a-z]+ )?(?:workers|unions?|teachers|doctors|nurses|staff|employees|drivers|miners|students)\b|a (?:deal|balance|chord|note|tone|blow for|pose)|an? (?:agreement|accord|compromise|deal)|back|out at|hard|home|headlines|the (?:market|headlines|right note|shelves|ground running|road)|by (?:sanctions|inflation|tariffs|a recession)|record|rate|price|ads?\b|dogs?\b|force\b|(?:drones?|helicopters?|aircraft|jets?|submarines?|boats?|surface|vector|rate)\b)/;
export const NOT_ATTACK_BEFORE =
  /(?:hunger|general|labou?r|workers[’']?|teachers[’']?|rail|doctors[’']?|on|panic|heart|cyber|verbal|personal|political|lucky|first|pre-emptive rhetorical)[\s-]+$/;
// "never", "no", "any", "would": an attack that did not (or may not) happen.
export const NEGATED_BEFORE =
  /\b(?:no|not|never|any|without|would|could|might|may|threat(?:en(?:ed|s)?)? to|ready to|prepared to|(?:preparing|planning|plotting|plann?ed|plans?|about|intend(?:ed|s|ing)?|vow(?:ed|s|ing)?|pledg(?:ed|es|ing)) to|refus(?:e|ed) to|avoid|prevent(?:ed)?|deter|if|den(?:y|ies|ied|ying)|rejected)\s+(?:[a-z-]+\s+){0,2}$/;

/** Context words that give a generic trigger ("struck", "attack") its kind, strongest first. */
export const KIND_CONTEXT: readonly { re: RegExp; kind: EventKind }[] = [
  { re: /\b(?:drones?|uavs?|unmanned aerial|shahed|geran|bayraktar|loitering munitions?)\b/, kind: "drone-strike" },
  {
    re: /\b(?:missiles?|rockets?|tomahawks?|iskanders?|kalibrs?|kinzhals?|katyushas?|atacms|storm shadow)\b/,
    kind: "missile-strike",
  },
  {
    re: /\b(?:aircraft|jets?|warplanes?|planes?|air ?craft|bombers?|fighter jets?|helicopters?|gunships?|air force|air ?strikes?|f\/a-18|f-\d{1,2}|a-10|b-52|b-1|su-\d{2}|mig-\d{2}|glide bombs?|guided bombs?|dropped (?:[a-z0-9-]+ ){0,2}bombs)\b/,
    kind: "airstrike",
  },
  {
    re: /\b(?:artillery|shelling|shells|mortars?|howitzers?|grad|multiple rocket|mlrs)\b/,
    kind: "artillery-strike",
  },
];

// A weak trigger tells an attack only near military words.
export const MILITARY_CONTEXT =
  /\b(?:forces|troops|soldiers|military|army|militias?|militiamen|fighters|militants|rebels|insurgents|base|garrison|outpost|convoy|positions?|tanks?|vehicles?|aircraft|jets?|warplanes?|drones?|missiles?|rockets?|artillery|shelling|bombs?|killed|killing|wounded|injured|civilians?|residential|apartment|homes?|houses?|district|neighbou?rhood|village|town|city|hospital|camp|airbase|air base|infrastructure|power (?:plant|station|grid)|energy|front ?line|checkpoint|barracks|depot|ammunition|weapons|coalition|airstrikes?|strikes?|air[ -]defen[cs]es?|anti-aircraft|iron dome|interceptors?|warships?|destroyers?|frigates?|navy|projectiles?|shells?)\b/;
