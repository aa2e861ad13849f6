ALTER TABLE `event_mentions` ADD `outlet_key` text;--> statement-breakpoint
CREATE INDEX `event_mentions_outlet_idx` ON `event_mentions` (`event_id`,`outlet_key`);--> statement-breakpoint
CREATE INDEX `events_window_idx` ON `events` (`kind_class`,`attacker_key`,`date_precision`,`date_from`);