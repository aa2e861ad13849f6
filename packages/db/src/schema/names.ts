/** Every table's SQL name, parents before children (the order foreign keys allow a copy to fill them in). */
export const TABLE_NAMES = [
  "sources",
  "source_origins",
  "events",
  "event_mentions",
  "force_reports",
  "casualties",
  "escalations",
  "claims",
  "http_validators",
  "feed_items",
] as const;
