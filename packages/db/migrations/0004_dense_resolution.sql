ALTER TABLE `event_mentions` ADD `block_key` text;--> statement-breakpoint
ALTER TABLE `event_mentions` ADD `canon_key` text;--> statement-breakpoint
ALTER TABLE `event_mentions` ADD `join_reason` text;--> statement-breakpoint
CREATE INDEX `event_mentions_block_idx` ON `event_mentions` (`block_key`);--> statement-breakpoint
ALTER TABLE `events` ADD `place_disputed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `toll_disputed` integer DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE `event_mentions` SET `canon_key` = (SELECT `content_hash` FROM `sources` WHERE `sources`.`id` = `event_mentions`.`source_id`) || ':' || substr('0000' || `ordinal`, -4);--> statement-breakpoint
UPDATE `event_mentions` SET `block_key` = (CASE `kind` WHEN 'airstrike' THEN 'air' WHEN 'missile-strike' THEN 'air' WHEN 'drone-strike' THEN 'air' WHEN 'artillery-strike' THEN 'ground' WHEN 'ground-attack' THEN 'ground' WHEN 'shootdown' THEN 'shootdown' ELSE 'other' END) || '|' || `attacker_key` || '|' || `date` WHERE `attacker_key` IS NOT NULL AND `date` IS NOT NULL AND `date_precision` = 'day';
