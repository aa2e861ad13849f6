import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { eventMentions, events } from "./events.ts";
import { sources } from "./sources.ts";

export const claims = sqliteTable(
  "claims",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    mentionId: integer("mention_id").references(() => eventMentions.id, { onDelete: "set null" }),
    eventId: integer("event_id").references(() => events.id, { onDelete: "set null" }),
    speaker: text("speaker").notNull(),
    speakerKind: text("speaker_kind").notNull(),
    text: text("text").notNull(),
    stance: text("stance").notNull(),
    // statement | belief | intention (the cue's class); rows from before the column read as statements.
    claimKind: text("claim_kind").notNull().default("statement"),
    // The cue word or phrase in the stored text ("said", "according to", "believes"), when there is one.
    cueStart: integer("cue_start"),
    cueEnd: integer("cue_end"),
    spanStart: integer("span_start").notNull(),
    spanEnd: integer("span_end").notNull(),
  },
  (t) => [
    index("claims_source_idx").on(t.sourceId),
    index("claims_event_idx").on(t.eventId),
    index("claims_kind_idx").on(t.speakerKind, t.stance),
    index("claims_claim_kind_idx").on(t.claimKind),
    // ON DELETE SET NULL from event_mentions looks children up by mention_id.
    index("claims_mention_idx").on(t.mentionId),
    index("claims_speaker_idx").on(t.speaker),
  ],
);
