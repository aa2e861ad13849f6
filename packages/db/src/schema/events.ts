import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { sources } from "./sources.ts";

const actorColumns = (prefix: "attacker" | "target") => ({
  key: text(`${prefix}_key`),
  name: text(`${prefix}_name`),
  side: text(`${prefix}_side`),
});

/** An event resolved across sources. Its fields are kept in step with its mentions. */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    kindClass: text("kind_class").notNull(),
    date: text("date"),
    datePrecision: text("date_precision"),
    /** First and last day the date can mean: the window candidate look-ups use. */
    dateFrom: text("date_from"),
    dateTo: text("date_to"),
    location: text("location"),
    /** Coordinates of the location, and whether they are a town's, a region's or a country's. */
    lat: real("lat"),
    lon: real("lon"),
    geoPrecision: text("geo_precision"),
    /** ACLED codebook type and sub-type. */
    eventType: text("event_type"),
    subEventType: text("sub_event_type"),
    attackerKey: actorColumns("attacker").key,
    attackerName: actorColumns("attacker").name,
    attackerSide: actorColumns("attacker").side,
    targetKey: actorColumns("target").key,
    targetName: actorColumns("target").name,
    targetSide: actorColumns("target").side,
    sourceCount: integer("source_count").notNull().default(0),
    outletCount: integer("outlet_count").notNull().default(0),
    grade: text("grade").notNull(),
    /** Its tellings name places that are not one (near each other, or named differently): shown, not hidden. */
    placeDisputed: integer("place_disputed", { mode: "boolean" }).notNull().default(false),
    /** Its tellings give casualty figures that do not overlap (a toll that rose between reports). */
    tollDisputed: integer("toll_disputed", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("events_candidate_idx").on(t.kindClass, t.attackerKey, t.dateFrom),
    index("events_date_idx").on(t.dateFrom),
    index("events_attacker_idx").on(t.attackerName, t.dateFrom),
    index("events_grade_idx").on(t.grade, t.sourceCount),
    // Strike counts per month and attacker, and the target filter, for the dashboard.
    index("events_strikes_idx").on(t.kind, t.datePrecision, t.dateFrom, t.attackerName),
    index("events_target_idx").on(t.targetName, t.dateFrom),
    // Month- and year-dated events, whose windows start long before a day-dated mention: a narrow range of their own.
    index("events_window_idx").on(t.kindClass, t.attackerKey, t.datePrecision, t.dateFrom),
  ],
);

/** One source's telling of an event, with that source's own fields. */
export const eventMentions = sqliteTable(
  "event_mentions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    /** Position among the source's mentions, so claims can point at it. */
    ordinal: integer("ordinal").notNull(),
    kind: text("kind").notNull(),
    date: text("date"),
    datePrecision: text("date_precision"),
    location: text("location"),
    attackerKey: text("attacker_key"),
    attackerName: text("attacker_name"),
    attackerSide: text("attacker_side"),
    targetKey: text("target_key"),
    targetName: text("target_name"),
    targetSide: text("target_side"),
    platform: text("platform"),
    munition: text("munition"),
    distanceKm: real("distance_km"),
    /** Coordinates of the location, and whether they are a town's, a region's or a country's. */
    lat: real("lat"),
    lon: real("lon"),
    geoPrecision: text("geo_precision"),
    /** ACLED codebook type and sub-type. */
    eventType: text("event_type"),
    subEventType: text("sub_event_type"),
    /** The weapons and platforms the text names, a JSON array of strings. */
    instruments: text("instruments").notNull().default("[]"),
    spanStart: integer("span_start").notNull(),
    spanEnd: integer("span_end").notNull(),
    /** The source's outlet, normalised ("o:cnn"), or "s:<source id>" when it has none: independent outlets. */
    outletKey: text("outlet_key"),
    /** Resolution block: kind class, attacker key and date as told ("air|russia|2024-05-14"); null stays alone. */
    blockKey: text("block_key"),
    /** Order-free identity: the source's content hash and the ordinal. Resolution sorts and breaks ties on it. */
    canonKey: text("canon_key"),
    /** Why it joined its event (a JoinReason as JSON), or null for the event's anchor. */
    joinReason: text("join_reason"),
  },
  (t) => [
    index("event_mentions_event_idx").on(t.eventId),
    index("event_mentions_source_idx").on(t.sourceId, t.eventId),
    // Counting an event's distinct outlets, and asking whether an outlet already tells it, without a scan.
    index("event_mentions_outlet_idx").on(t.eventId, t.outletKey),
    // A block's tellings, read whole when one of them arrives or goes.
    index("event_mentions_block_idx").on(t.blockKey),
  ],
);
