// The dashboard's read queries: plain `(db, params)` functions the web app's server components call.
export {
  type ActorDetail,
  type ActorName,
  type ActorPage,
  type ActorRow,
  type ActorSource,
  type ActorTarget,
  actorDetail,
  listActors,
  speakerVariants,
} from "./actors.ts";
export { type ClaimFilter, type ClaimRow, listClaims } from "./claims-list.ts";
export {
  type Coverage,
  type CoverageEvent,
  type CoverageSource,
  coverageMatrix,
  eventsPerSource,
  type SourceEventCount,
} from "./coverage.ts";
export type { CueSentence } from "./cue-sentence.ts";
export {
  type ClaimView,
  type EscalationView,
  type EventDetail,
  eventDetail,
  type Fact,
  type FactReport,
  type MentionView,
  type Quote,
} from "./event-detail.ts";
export {
  EVENT_SORTS,
  type EventListParams,
  type EventPage,
  type EventRow,
  type EventSort,
  listEvents,
} from "./events-list.ts";
export { exportScope } from "./export-scope.ts";
export {
  ACTOR_ROLES,
  type ActorRole,
  type EventFilter,
  eventWhere,
  isEmptyFilter,
  STRIKE_KINDS,
} from "./filter.ts";
export { type ForceTotal, forceTotals } from "./forces.ts";
export { type Kpis, kpis } from "./kpis.ts";
export { type MapData, type MapEvent, mapEvents } from "./map-events.ts";
export { type FilterOptions, filterOptions, speakerOptions } from "./options.ts";
export { type Annotation, listSources, type SourceDetail, type SourceRow, sourceDetail } from "./source-detail.ts";
export {
  OTHER_ATTACKERS,
  pivotStrikes,
  STRIKE_BUCKETS,
  type StrikeBucket,
  type StrikeBucketSize,
  type StrikesOverTime,
  strikesOverTime,
  UNKNOWN_ATTACKER,
} from "./strikes-over-time.ts";
