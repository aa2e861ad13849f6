CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`mention_id` integer,
	`event_id` integer,
	`speaker` text NOT NULL,
	`speaker_kind` text NOT NULL,
	`text` text NOT NULL,
	`stance` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mention_id`) REFERENCES `event_mentions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `claims_source_idx` ON `claims` (`source_id`);--> statement-breakpoint
CREATE INDEX `claims_event_idx` ON `claims` (`event_id`);--> statement-breakpoint
CREATE INDEX `claims_kind_idx` ON `claims` (`speaker_kind`,`stance`);--> statement-breakpoint
CREATE TABLE `event_mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`ordinal` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text,
	`date_precision` text,
	`location` text,
	`attacker_key` text,
	`attacker_name` text,
	`attacker_side` text,
	`target_key` text,
	`target_name` text,
	`target_side` text,
	`platform` text,
	`munition` text,
	`distance_km` real,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_mentions_event_idx` ON `event_mentions` (`event_id`);--> statement-breakpoint
CREATE INDEX `event_mentions_source_idx` ON `event_mentions` (`source_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`kind_class` text NOT NULL,
	`date` text,
	`date_precision` text,
	`date_from` text,
	`date_to` text,
	`location` text,
	`attacker_key` text,
	`attacker_name` text,
	`attacker_side` text,
	`target_key` text,
	`target_name` text,
	`target_side` text,
	`source_count` integer DEFAULT 0 NOT NULL,
	`outlet_count` integer DEFAULT 0 NOT NULL,
	`grade` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_candidate_idx` ON `events` (`kind_class`,`attacker_key`,`date_from`);--> statement-breakpoint
CREATE INDEX `events_date_idx` ON `events` (`date_from`);--> statement-breakpoint
CREATE INDEX `events_attacker_idx` ON `events` (`attacker_name`,`date_from`);--> statement-breakpoint
CREATE INDEX `events_grade_idx` ON `events` (`grade`,`source_count`);--> statement-breakpoint
CREATE TABLE `casualties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mention_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`count_low` integer,
	`count_high` integer,
	`qualifier` text,
	`kind` text NOT NULL,
	`who` text,
	FOREIGN KEY (`mention_id`) REFERENCES `event_mentions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `casualties_event_idx` ON `casualties` (`event_id`);--> statement-breakpoint
CREATE INDEX `casualties_mention_idx` ON `casualties` (`mention_id`);--> statement-breakpoint
CREATE TABLE `escalations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mention_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`step` text NOT NULL,
	FOREIGN KEY (`mention_id`) REFERENCES `event_mentions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `escalations_event_idx` ON `escalations` (`event_id`);--> statement-breakpoint
CREATE INDEX `escalations_mention_idx` ON `escalations` (`mention_id`);--> statement-breakpoint
CREATE TABLE `force_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mention_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`count_low` integer,
	`count_high` integer,
	`qualifier` text,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`noun` text NOT NULL,
	FOREIGN KEY (`mention_id`) REFERENCES `event_mentions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `force_reports_event_idx` ON `force_reports` (`event_id`);--> statement-breakpoint
CREATE INDEX `force_reports_mention_idx` ON `force_reports` (`mention_id`);--> statement-breakpoint
CREATE TABLE `source_origins` (
	`path` text PRIMARY KEY NOT NULL,
	`source_id` integer NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `source_origins_source_idx` ON `source_origins` (`source_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`content_hash` text NOT NULL,
	`title` text,
	`outlet` text,
	`url` text,
	`byline` text,
	`published_at` text,
	`text` text NOT NULL,
	`extractor_version` text NOT NULL,
	`ingested_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_content_hash_unique` ON `sources` (`content_hash`);