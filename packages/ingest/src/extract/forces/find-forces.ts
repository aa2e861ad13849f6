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
  const verbs: { start: number; end: number; status: ForceStatus }[] = [];
  STATUS_VERB.lastIndex = 0;
  for (let m = STATUS_VERB.exec(lower); m; m = STATUS_VERB.exec(lower)) {
    verbs.push({ start: m.index, end: m.index + m[0].length, status: statusOfVerb(m[1] ?? "") });
  }
  FORCE_NOUN_RE.lastIndex = 0;
  for (let m = FORCE_NOUN_RE.exec(lower); m && items.length < 40; m = FORCE_NOUN_RE.exec(lower)) {
    const entry = forceNounOf(m);
    if (!entry) continue;
    const nounStart = m.index;
    const nounEnd = m.index + m[0].length;
    if (skip.some((s) => s.start < nounEnd && nounStart < s.end)) continue;
    const phrase = countBefore(lower, nounStart, entry.singular);
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
    });
  }
  return keepCountedLists(lower, items);
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
  if (passive) return statusOfVerb(passive[1] ?? "");
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
