import { primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** The validators (ETag, Last-Modified) of every URL fetched, feed or page: the next request is conditional. */
export const httpValidators = sqliteTable("http_validators", {
  url: text("url").primaryKey(),
  etag: text("etag"),
  lastModified: text("last_modified"),
  /** When the URL was last fetched (ISO date-time): watch mode resumes its schedule from it. */
  checkedAt: text("checked_at").notNull(),
});

/** Feed items already handled by watch mode, by the item's guid or id (else its link). */
export const feedItems = sqliteTable(
  "feed_items",
  {
    feedUrl: text("feed_url").notNull(),
    itemKey: text("item_key").notNull(),
    link: text("link"),
    seenAt: text("seen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.feedUrl, t.itemKey] })],
);
