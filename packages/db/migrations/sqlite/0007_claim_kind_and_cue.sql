ALTER TABLE `claims` ADD `claim_kind` text DEFAULT 'statement' NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `cue_start` integer;--> statement-breakpoint
ALTER TABLE `claims` ADD `cue_end` integer;--> statement-breakpoint
CREATE INDEX `claims_claim_kind_idx` ON `claims` (`claim_kind`);