// The public vocabularies of ../shared/eval/SPEC.md (format version 1).
export const EVENT_KINDS = [
  "airstrike",
  "missile-strike",
  "drone-strike",
  "artillery-strike",
  "ground-attack",
  "shootdown",
  "other-attack",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const KIND_CLASSES = ["air", "ground", "shootdown", "other"] as const;
export type KindClass = (typeof KIND_CLASSES)[number];

// Kinds in one class can be the same real event told with different words.
export const KIND_CLASS: Record<EventKind, KindClass> = {
  airstrike: "air",
  "missile-strike": "air",
  "drone-strike": "air",
  "artillery-strike": "ground",
  "ground-attack": "ground",
  shootdown: "shootdown",
  "other-attack": "other",
};

export const FORCE_CATEGORIES = [
  "tank",
  "artillery",
  "anti-aircraft",
  "armed-vehicle",
  "engineering-vehicle",
  "vehicle",
  "aircraft",
  "personnel",
  "other",
] as const;
export type ForceCategory = (typeof FORCE_CATEGORIES)[number];

export const FORCE_STATUSES = ["present", "hit", "destroyed", "damaged"] as const;
export type ForceStatus = (typeof FORCE_STATUSES)[number];

export const CASUALTY_KINDS = ["killed", "wounded"] as const;
export type CasualtyKind = (typeof CASUALTY_KINDS)[number];

export const SPEAKER_KINDS = ["official-statement", "anonymous-official", "named-person", "media"] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

export const STANCES = ["asserts", "contests"] as const;
export type Stance = (typeof STANCES)[number];

/** What a claim attributes: something said (or shown), a belief, or an intention (SPEC v1's optional claimKind). */
export const CLAIM_KINDS = ["statement", "belief", "intention"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

// Corroboration grades, in the spirit of Airwars: how many independent outlets tell the event.
export const CORROBORATION_GRADES = ["confirmed", "fair", "single-source", "contested"] as const;
export type CorroborationGrade = (typeof CORROBORATION_GRADES)[number];

// Steps of an escalation-of-force sequence, in the order they usually happen.
export const ESCALATION_STEPS = ["warning", "show-of-force", "warning-shots", "strike"] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];
