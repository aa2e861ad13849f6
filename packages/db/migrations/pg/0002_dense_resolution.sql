ALTER TABLE "event_mentions" ADD COLUMN "block_key" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "event_mentions" ADD COLUMN "canon_key" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "event_mentions" ADD COLUMN "join_reason" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "place_disputed" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "toll_disputed" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "event_mentions_block_idx" ON "event_mentions" USING btree ("block_key");