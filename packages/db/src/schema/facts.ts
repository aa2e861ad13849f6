import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { eventMentions, events } from "./events.ts";
import { sources } from "./sources.ts";

// Facts hang off a mention; event_id and source_id are copied down so aggregates need no joins.
const factColumns = {
  id: integer("id").primaryKey({ autoIncrement: true }),
  mentionId: integer("mention_id")
    .notNull()
    .references(() => eventMentions.id, { onDelete: "cascade" }),
  eventId: integer("event_id")
    .notNull()
    .references(() => events.id, { onDelete: "cascade" }),
  sourceId: integer("source_id")
    .notNull()
    .references(() => sources.id, { onDelete: "cascade" }),
  spanStart: integer("span_start").notNull(),
  spanEnd: integer("span_end").notNull(),
};

const countColumns = {
  countLow: integer("count_low"),
  countHigh: integer("count_high"),
  /** null when the text gave no count at all. */
  qualifier: text("qualifier"),
};

export const forceReports = sqliteTable(
  "force_reports",
  {
    ...factColumns,
    ...countColumns,
    category: text("category").notNull(),
    status: text("status").notNull(),
    noun: text("noun").notNull(),
  },
  (t) => [
    // Covers the dashboard's force totals (sum of ranges per category and status) without touching the table.
    index("force_reports_totals_idx").on(t.eventId, t.category, t.status, t.countLow, t.countHigh),
    index("force_reports_mention_idx").on(t.mentionId),
    // Every foreign key is indexed: deleting a source's rows must not scan the whole table.
    index("force_reports_source_idx").on(t.sourceId),
  ],
);

export const casualties = sqliteTable(
  "casualties",
  {
    ...factColumns,
    ...countColumns,
    kind: text("kind").notNull(),
    who: text("who"),
  },
  (t) => [
    index("casualties_event_idx").on(t.eventId),
    index("casualties_mention_idx").on(t.mentionId),
    index("casualties_source_idx").on(t.sourceId),
  ],
);

export const escalations = sqliteTable(
  "escalations",
  {
    ...factColumns,
    step: text("step").notNull(),
  },
  (t) => [
    index("escalations_event_idx").on(t.eventId),
    index("escalations_mention_idx").on(t.mentionId),
    index("escalations_source_idx").on(t.sourceId),
  ],
);
