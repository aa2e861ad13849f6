import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    contentHash: text("content_hash").notNull().unique(),
    title: text("title"),
    outlet: text("outlet"),
    url: text("url"),
    byline: text("byline"),
    publishedAt: text("published_at"),
    /** Cleaned text; every extracted span points into it. */
    text: text("text").notNull(),
    extractorVersion: text("extractor_version").notNull(),
    ingestedAt: text("ingested_at").notNull(),
    /**
     * The origin whose metadata the source carries, when several paths hold the same bytes (a wire reprint): the
     * first by file name, then path, so the stored source does not depend on the order the copies arrived in.
     */
    originPath: text("origin_path"),
  },
  (t) => [index("sources_published_idx").on(t.publishedAt)],
);

/** Every path an article was ingested from: the same article under two names is stored once. */
export const sourceOrigins = sqliteTable(
  "source_origins",
  {
    path: text("path").primaryKey(),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
  },
  (t) => [index("source_origins_source_idx").on(t.sourceId)],
);
