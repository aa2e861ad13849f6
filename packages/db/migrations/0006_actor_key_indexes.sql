CREATE INDEX `events_attacker_key_idx` ON `events` (`attacker_key`,`date_from`);--> statement-breakpoint
CREATE INDEX `events_target_key_idx` ON `events` (`target_key`,`date_from`);