import * as v from "valibot";
import { CasualtySchema } from "./casualty.ts";
import { EventDateSchema } from "./event-date.ts";
import { ForceReportSchema } from "./force-report.ts";
import { GeoSchema } from "./geo.ts";
import { SpanSchema } from "./provenance.ts";
import { CORROBORATION_GRADES, ESCALATION_STEPS, EVENT_KINDS } from "./vocabulary.ts";

/**
 * An actor as the text names it. `name` is the text's own phrase ("ELN rebels"); `key` is the lexicon's canonical
 * key when it recognises the actor, else `textKey(name)` (see actor-key.ts); `side` comes from the lexicon, or null.
 */
export const ActorSchema = v.object({
  key: v.string(),
  name: v.string(),
  side: v.nullable(v.string()),
});
export type Actor = v.InferOutput<typeof ActorSchema>;

export const EscalationSchema = v.object({
  step: v.picklist(ESCALATION_STEPS),
  span: SpanSchema,
});
export type Escalation = v.InferOutput<typeof EscalationSchema>;

/** One article's telling of an event, with that article's own figures. */
export const EventMentionSchema = v.object({
  kind: v.picklist(EVENT_KINDS),
  date: v.nullable(EventDateSchema),
  location: v.nullable(v.string()),
  attacker: v.nullable(ActorSchema),
  target: v.nullable(ActorSchema),
  platform: v.nullable(v.string()),
  munition: v.nullable(v.string()),
  /** Distance from the named location in km, when the text gives one. */
  distanceKm: v.nullable(v.number()),
  /** Coordinates of `location`, from the gazetteer, or null when the place is unknown to it. */
  geo: v.nullable(GeoSchema),
  /** ACLED's event type and sub-event type ("Explosions/Remote violence" / "Air/drone strike"). */
  eventType: v.nullable(v.string()),
  subEventType: v.nullable(v.string()),
  /** Weapons and platforms as the text names them ("car bomb", "F-16"). */
  instruments: v.array(v.string()),
  forces: v.array(ForceReportSchema),
  casualties: v.array(CasualtySchema),
  escalation: v.array(EscalationSchema),
  /** The sentence that first tells the event. */
  span: SpanSchema,
});
export type EventMention = v.InferOutput<typeof EventMentionSchema>;

/** An event resolved across sources: the fields every mention agrees on, and who tells it. */
export const ResolvedEventSchema = v.object({
  id: v.string(),
  kind: v.picklist(EVENT_KINDS),
  date: v.nullable(EventDateSchema),
  location: v.nullable(v.string()),
  attacker: v.nullable(ActorSchema),
  target: v.nullable(ActorSchema),
  sourceIds: v.array(v.string()),
  grade: v.picklist(CORROBORATION_GRADES),
});
export type ResolvedEvent = v.InferOutput<typeof ResolvedEventSchema>;
