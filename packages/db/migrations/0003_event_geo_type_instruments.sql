ALTER TABLE `event_mentions` ADD `lat` real;--> statement-breakpoint
ALTER TABLE `event_mentions` ADD `lon` real;--> statement-breakpoint
ALTER TABLE `event_mentions` ADD `geo_precision` text;--> statement-breakpoint
ALTER TABLE `event_mentions` ADD `event_type` text;--> statement-breakpoint
ALTER TABLE `event_mentions` ADD `sub_event_type` text;--> statement-breakpoint
ALTER TABLE `event_mentions` ADD `instruments` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `lat` real;--> statement-breakpoint
ALTER TABLE `events` ADD `lon` real;--> statement-breakpoint
ALTER TABLE `events` ADD `geo_precision` text;--> statement-breakpoint
ALTER TABLE `events` ADD `event_type` text;--> statement-breakpoint
ALTER TABLE `events` ADD `sub_event_type` text;