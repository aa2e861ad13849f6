export { blockKey } from "./block.ts";
export { clusterBlock, type ResolvedCluster } from "./cluster.ts";
export { type Comparison, compareMentions, type ResolvableMention } from "./compare.ts";
export { addDays, dateBounds } from "./date-bounds.ts";
export { explainJoin } from "./explain.ts";
export { corroborationGrade } from "./grade.ts";
export { type JoinReason, JoinReasonSchema } from "./join-reason.ts";
export {
  comparePlaces,
  distanceKm,
  NEAR_KM,
  type PlaceComparison,
  type PlaceRef,
  type PlaceRelation,
  placeCells,
  placeTokens,
} from "./place.ts";
export { compareTargets, siteClass, type TargetRef, type TargetRelation } from "./target.ts";
export { type CountRange, compareTolls, type Toll, type TollRelation, tollRange } from "./toll.ts";
