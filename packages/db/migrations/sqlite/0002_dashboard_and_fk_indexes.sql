DROP INDEX `force_reports_event_idx`;--> statement-breakpoint
CREATE INDEX `force_reports_totals_idx` ON `force_reports` (`event_id`,`category`,`status`,`count_low`,`count_high`);--> statement-breakpoint
CREATE INDEX `force_reports_source_idx` ON `force_reports` (`source_id`);--> statement-breakpoint
DROP INDEX `event_mentions_source_idx`;--> statement-breakpoint
CREATE INDEX `event_mentions_source_idx` ON `event_mentions` (`source_id`,`event_id`);--> statement-breakpoint
CREATE INDEX `claims_mention_idx` ON `claims` (`mention_id`);--> statement-breakpoint
CREATE INDEX `claims_speaker_idx` ON `claims` (`speaker`);--> statement-breakpoint
CREATE INDEX `events_strikes_idx` ON `events` (`kind`,`date_precision`,`date_from`,`attacker_name`);--> statement-breakpoint
CREATE INDEX `events_target_idx` ON `events` (`target_name`,`date_from`);--> statement-breakpoint
CREATE INDEX `casualties_source_idx` ON `casualties` (`source_id`);--> statement-breakpoint
CREATE INDEX `escalations_source_idx` ON `escalations` (`source_id`);--> statement-breakpoint
CREATE INDEX `sources_published_idx` ON `sources` (`published_at`);