ALTER TABLE "claims" ADD COLUMN "claim_kind" text COLLATE "C" DEFAULT 'statement' NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "cue_start" bigint;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "cue_end" bigint;--> statement-breakpoint
CREATE INDEX "claims_claim_kind_idx" ON "claims" USING btree ("claim_kind");