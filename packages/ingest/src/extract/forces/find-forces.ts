import type { ForceCategory, ForceStatus, Quantity } from "@deconflict/domain";
import { FORCE_NOUN_RE, forceNounOf } from "../lexicon/force-nouns.ts";
import type { ActorHit } from "../lexicon/match-actors.ts";
import { countBefore } from "./count.ts";

export interface ForceItem {
  category: ForceCategory;
  status: ForceStatus;
  count: Quantity | null;
  noun: string;
  /** Relative to the sentence: the whole phrase, count to noun. */
  start: number;
  end: number;
  /** Actor keys named inside the phrase ("two US aircraft"): whose forces these are. */
  ownerKeys: string[];
  singular: boolean;
  /** Told as the attacker's means ("stormed the base with 50 fighters", "they came with a car bomb"). */
  means: AttackerMeans | null;
}

/** Whose "with" governs the item: a pronoun's ("they came with"), or that of the actors named before it. */
export interface AttackerMeans {
  pronoun: boolean;
  actorKeys: string[];
}

export interface ForceContext {
  /** The last kind of vehicle named: "two of the vehicles" after "three technical vehicles" are technicals. */
  lastVehicle: ForceCategory | null;
}

const STATUS_VERB =
  /\b(destroy(?:ed|ing|s)?|damag(?:ed|ing|es)|burn(?:ed|ing|t)|shot down|shoots? down|shooting down|downed|intercept(?:ed|ing|s)?|hit(?:ting|s)?|struck|strik(?:e|es|ing)|target(?:ed|ing)|knock(?:ed|ing) out|disabl(?:ed|ing))\b/g;
const PASSIVE_STATUS =
  /^\s*(?:(?:were|was|had been|have been|been|are|is|also|reportedly)\s+){0,2}(?:[a-z]+ly\s+)?(hit|struck|destroyed|damaged|burned|burnt|shot down|downed|intercepted|targeted|knocked out|disabled)\b/;
const GAP_BREAK =
  /\b(?:after|when|while|which|who|that|because|before|as|in|into|from|near|toward|towards|were|was|is|are|had|has|have|said|says|entered|with|than|but|then|by)\b|[.;:]/;
const LIST_GLUE =
  /^[\s,;]*(?:(?:and|or|as well as|plus|including|along with)\s+)?(?:(?:and\s+)?(?:destroy(?:ed|ing)|damag(?:ed|ing)|hit(?:ting)?|struck|striking)\s+)?$/;
// "with" opens the means of the clause's subject, as far as a list of noun phrases runs.
const WITH_GAP_BREAK =
  /\b(?:after|when|while|which|who|whom|that|because|before|as|in|into|from|near|toward|towards|were|was|is|are|had|has|have|said|says|but|by|to|at|on|[a-z]+ing|[a-z]+ed)\b|[.;:"“”()]/;
const CLAUSE_BREAK = /[.;:"“”]|\b(?:said|says|told|after|when|while|which|who|that|but|and then)\b/g;
// "a convoy with 20 trucks": the with belongs to the force named before it, not to the subject.
const FORCE_HOLDER =
  /\b(?:convoys?|columns?|forces?|units?|groups?|brigades?|battalions?|vehicles?|trucks?|troops|base|post|positions?)\s*$/;
const PRONOUN_ARRIVAL =
  /\b(?:they|the (?:attackers|assailants|raiders|militants|insurgents))\s+(?:(?:had|have|then|first|also)\s+)?(?:came|arrived|attacked|stormed|struck|raided|advanced|returned)\b/;
// A vehicle packed with explosives is a weapon, not a force: "an explosives-laden truck", "a car bomb".
const WEAPON_VEHICLE_BEFORE =
  /(?:(?:explosives?|bomb|ied)[- ](?:laden|packed|filled|rigged)|booby[- ]trapped|suicide|rigged)\s+(?:[a-z-]+\s+)?$/;
const WEAPON_VEHICLE_AFTER = /^[- ](?:bombs?|borne)\b/;
const GENERIC_VEHICLE = /^(?:vehicles?|trucks?)$/;
const VEHICLE_FAMILY = new Set<ForceCategory>(["armed-vehicle", "vehicle", "engineering-vehicle"]);

function statusOfVerb(v: string): ForceStatus {
  if (/^(?:destroy|burn|shot|shoot|downed|intercept)/.test(v)) return "destroyed";
  if (v.startsWith("damag")) return "damaged";
  return "hit";
}

/**
 * Forces named in a lower-cased sentence with their status and count. Only lists that give at least one
 * count are kept: "the vehicles" alone is a reference, not a report. `skip` spans (casualties) are not forces.
 */
export function findForces(
  lower: string,
  actors: readonly ActorHit[],
  skip: readonly { start: number; end: number }[],
  ctx: ForceContext,
): ForceItem[] {
  const items: ForceItem[] = [];
  FORCE_NOUN_RE.lastIndex = 0;
  let m = FORCE_NOUN_RE.exec(lower);
  // Most sentences name no force: the status verbs are read only for one that does.
  if (!m) return items;
  const verbs: { start: number; end: number; status: ForceStatus }[] = [];
  STATUS_VERB.lastIndex = 0;
  for (let v = STATUS_VERB.exec(lower); v; v = STATUS_VERB.exec(lower)) {
    verbs.push({ start: v.index, end: v.index + v[0].length, status: statusOfVerb(v[1] ?? "") });
  }
  for (; m && items.length < 40; m = FORCE_NOUN_RE.exec(lower)) {
    const entry = forceNounOf(m);
    if (!entry) continue;
    const nounStart = m.index;
    const nounEnd = m.index + m[0].length;
    if (skip.some((s) => s.start < nounEnd && nounStart < s.end)) continue;
    // "a front loader-type vehicle", "a tank-like vehicle": the noun names the kind of the one before it.
    if (/-(?:type|style|like|class)\s+$/.test(lower.slice(Math.max(0, nounStart - 8), nounStart))) continue;
    const phrase = countBefore(lower, nounStart, entry.singular);
    if (isWeaponVehicle(lower, phrase.start, nounStart, nounEnd)) continue;
    let category = entry.category;
    if (GENERIC_VEHICLE.test(m[0]) && phrase.definite && ctx.lastVehicle) category = ctx.lastVehicle;
    else if (VEHICLE_FAMILY.has(category) && phrase.count) ctx.lastVehicle = category;
    items.push({
      category,
      status: statusFor(lower, verbs, items, phrase.start, nounEnd, phrase.modifiers),
      count: phrase.count,
      noun: m[0],
      start: phrase.start,
      end: nounEnd,
      ownerKeys: actors.filter((a) => a.start < nounEnd && phrase.start < a.end).map((a) => a.entry.key),
      singular: entry.singular,
      means: null,
    });
  }
  for (const item of items) item.means = meansOf(lower, item.start, items, actors);
  return keepCountedLists(lower, items);
}

function isWeaponVehicle(lower: string, start: number, nounStart: number, end: number): boolean {
  return (
    WEAPON_VEHICLE_BEFORE.test(lower.slice(Math.max(0, start - 40), nounStart)) ||
    WEAPON_VEHICLE_AFTER.test(lower.slice(end, end + 8))
  );
}

function meansOf(
  lower: string,
  start: number,
  items: readonly ForceItem[],
  actors: readonly ActorHit[],
): AttackerMeans | null {
  const from = Math.max(0, start - 160);
  const withAt = lower.slice(from, start).lastIndexOf("with ");
  if (withAt < 0) return null;
  const at = from + withAt;
  if (at > 0 && /[a-z]/.test(lower[at - 1] ?? "")) return null;
  let gap = lower.slice(at + 4, start);
  for (const item of items) {
    if (item.start >= at + 4 && item.end <= start)
      gap = `${gap.slice(0, item.start - at - 4)} x ${gap.slice(item.end - at - 4)}`;
  }
  if (gap.length > 90 || WITH_GAP_BREAK.test(gap)) return null;
  const head = lower.slice(from, at);
  if (FORCE_HOLDER.test(head)) return null;
  let clauseStart = from;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(head); m; m = CLAUSE_BREAK.exec(head)) clauseStart = from + m.index + m[0].length;
  const clause = lower.slice(clauseStart, at);
  return {
    pronoun: PRONOUN_ARRIVAL.test(clause),
    actorKeys: actors.filter((a) => a.start >= clauseStart && a.end <= at).map((a) => a.entry.key),
  };
}

// "a drone struck a cell": with no auxiliary and an object after it, the verb is the noun's own act.
const OBJECT_AFTER = /^\s*[“"]?\s*(?:a|an|the|its|their|his|her|two|three|four|five|several|some|\d+)\b/;

function activeUse(lower: string, end: number, passive: RegExpExecArray): boolean {
  if (/\b(?:were|was|had been|have been|been|are|is)\b/.test(passive[0])) return false;
  return OBJECT_AFTER.test(lower.slice(end + passive[0].length, end + passive[0].length + 12));
}

function statusFor(
  lower: string,
  verbs: readonly { start: number; end: number; status: ForceStatus }[],
  earlier: readonly ForceItem[],
  start: number,
  end: number,
  modifiers: readonly string[],
): ForceStatus {
  const passive = PASSIVE_STATUS.exec(lower.slice(end, end + 40));
  if (passive && !activeUse(lower, end, passive)) return statusOfVerb(passive[1] ?? "");
  const adj = modifiers.find((w) => w === "destroyed" || w === "damaged");
  if (adj) return adj === "destroyed" ? "destroyed" : "damaged";
  const verb = verbs.findLast((v) => v.end <= start);
  if (!verb) return "present";
  // The verb governs this item when only other items and list words stand between them.
  let gap = lower.slice(verb.end, start);
  for (const item of earlier) {
    if (item.start >= verb.end && item.end <= start) {
      const a = item.start - verb.end;
      const b = item.end - verb.end;
      gap = `${gap.slice(0, a)} x ${gap.slice(b)}`;
    }
  }
  if (gap.length > 120 || GAP_BREAK.test(gap)) return "present";
  return verb.status;
}

function keepCountedLists(lower: string, items: ForceItem[]): ForceItem[] {
  const out: ForceItem[] = [];
  let group: ForceItem[] = [];
  const flush = () => {
    // In a counted list a bare singular noun is one: "an enemy tank and bulldozer".
    if (group.some((i) => i.count !== null))
      out.push(
        ...group.map((i) =>
          i.count === null && i.singular ? { ...i, count: { low: 1, high: 1, qualifier: "exact" as const } } : i,
        ),
      );
    group = [];
  };
  for (const item of items) {
    const prev = group[group.length - 1];
    if (prev && !LIST_GLUE.test(lower.slice(prev.end, item.start))) flush();
    group.push(item);
  }
  flush();
  return out;
}
