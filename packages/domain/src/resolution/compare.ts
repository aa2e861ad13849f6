import type { EventKind } from "../vocabulary.ts";
import { comparePlaces, type PlaceComparison, type PlaceRef, placesAgree } from "./place.ts";
import { compareTargets, type TargetRef, type TargetRelation } from "./target.ts";
import { compareTolls, type Toll, type TollRelation } from "./toll.ts";

/** One telling of an event as resolution sees it; all tellings compared share one block (kind class, attacker, date). */
export interface ResolvableMention {
  /** Canonical, order-free identity: the article's content hash and the mention's ordinal. Sorting uses it. */
  key: string;
  /** The article telling it: an article's own mentions are distinct events (its extractor merged its retellings). */
  sourceKey: string;
  kind: EventKind;
  place: PlaceRef;
  target: TargetRef | null;
  toll: Toll;
}

/** Why two tellings are, or are not, one event: the verdict on each field. */
export interface Comparison {
  compatible: boolean;
  /** The places agree (same, one inside the other; near with the target or toll agreeing too): enough to join. */
  evidence: boolean;
  /** Higher is a better match: place, then target, kind and toll agreement. */
  score: number;
  place: PlaceComparison;
  target: TargetRelation;
  toll: TollRelation;
  sameKind: boolean;
}

const PLACE_SCORE = { same: 4, inside: 3, near: 3, differs: 0, apart: 0, unknown: 0 } as const;
const TARGET_SCORE = { same: 2, compatible: 0.5, unknown: 0, contradicts: 0 } as const;
const TOLL_SCORE = { agree: 1, differs: 0, unknown: 0.25, irreconcilable: 0 } as const;

/** Compares two tellings of one block. They can be one event when neither place, target nor toll contradicts. */
export function compareMentions(a: ResolvableMention, b: ResolvableMention): Comparison {
  const place = comparePlaces(a.place, b.place);
  const target = compareTargets(a.target, b.target);
  const toll = compareTolls(a.toll, b.toll);
  const sameKind = a.kind === b.kind;
  const compatible =
    a.sourceKey !== b.sourceKey && place.relation !== "apart" && target !== "contradicts" && toll !== "irreconcilable";
  // Nearer places score higher among near ones: the closest village wins.
  const nearness = place.relation === "near" && place.km !== null ? -place.km / 10 : 0;
  const score = PLACE_SCORE[place.relation] + nearness + TARGET_SCORE[target] + TOLL_SCORE[toll] + (sameKind ? 0.5 : 0);
  // Near but differently named places join only with a target or toll that agrees as well: in Gaza or a front-line
  // district, neighbouring places a few km apart are each struck the same day.
  const agree = placesAgree(place.relation) && (place.relation !== "near" || target === "same" || toll === "agree");
  return { compatible, evidence: compatible && agree, score, place, target, toll, sameKind };
}
