ALTER TABLE "event_mentions" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "event_mentions" ADD COLUMN "lon" double precision;--> statement-breakpoint
ALTER TABLE "event_mentions" ADD COLUMN "geo_precision" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "event_mentions" ADD COLUMN "event_type" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "event_mentions" ADD COLUMN "sub_event_type" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "event_mentions" ADD COLUMN "instruments" text COLLATE "C" DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "lon" double precision;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "geo_precision" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "event_type" text COLLATE "C";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "sub_event_type" text COLLATE "C";