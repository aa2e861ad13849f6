CREATE TABLE "casualties" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"mention_id" bigint NOT NULL,
	"event_id" bigint NOT NULL,
	"source_id" bigint NOT NULL,
	"span_start" bigint NOT NULL,
	"span_end" bigint NOT NULL,
	"count_low" bigint,
	"count_high" bigint,
	"qualifier" text COLLATE "C",
	"kind" text COLLATE "C" NOT NULL,
	"who" text COLLATE "C"
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source_id" bigint NOT NULL,
	"mention_id" bigint,
	"event_id" bigint,
	"speaker" text COLLATE "C" NOT NULL,
	"speaker_kind" text COLLATE "C" NOT NULL,
	"text" text COLLATE "C" NOT NULL,
	"stance" text COLLATE "C" NOT NULL,
	"span_start" bigint NOT NULL,
	"span_end" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"mention_id" bigint NOT NULL,
	"event_id" bigint NOT NULL,
	"source_id" bigint NOT NULL,
	"span_start" bigint NOT NULL,
	"span_end" bigint NOT NULL,
	"step" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_mentions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" bigint NOT NULL,
	"source_id" bigint NOT NULL,
	"ordinal" bigint NOT NULL,
	"kind" text COLLATE "C" NOT NULL,
	"date" text COLLATE "C",
	"date_precision" text COLLATE "C",
	"location" text COLLATE "C",
	"attacker_key" text COLLATE "C",
	"attacker_name" text COLLATE "C",
	"attacker_side" text COLLATE "C",
	"target_key" text COLLATE "C",
	"target_name" text COLLATE "C",
	"target_side" text COLLATE "C",
	"platform" text COLLATE "C",
	"munition" text COLLATE "C",
	"distance_km" double precision,
	"span_start" bigint NOT NULL,
	"span_end" bigint NOT NULL,
	"outlet_key" text COLLATE "C"
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text COLLATE "C" NOT NULL,
	"kind_class" text COLLATE "C" NOT NULL,
	"date" text COLLATE "C",
	"date_precision" text COLLATE "C",
	"date_from" text COLLATE "C",
	"date_to" text COLLATE "C",
	"location" text COLLATE "C",
	"attacker_key" text COLLATE "C",
	"attacker_name" text COLLATE "C",
	"attacker_side" text COLLATE "C",
	"target_key" text COLLATE "C",
	"target_name" text COLLATE "C",
	"target_side" text COLLATE "C",
	"source_count" bigint DEFAULT 0 NOT NULL,
	"outlet_count" bigint DEFAULT 0 NOT NULL,
	"grade" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "force_reports" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"mention_id" bigint NOT NULL,
	"event_id" bigint NOT NULL,
	"source_id" bigint NOT NULL,
	"span_start" bigint NOT NULL,
	"span_end" bigint NOT NULL,
	"count_low" bigint,
	"count_high" bigint,
	"qualifier" text COLLATE "C",
	"category" text COLLATE "C" NOT NULL,
	"status" text COLLATE "C" NOT NULL,
	"noun" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "source_origins" (
	"path" text COLLATE "C" PRIMARY KEY NOT NULL,
	"source_id" bigint NOT NULL,
	"rowid" bigserial NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"content_hash" text COLLATE "C" NOT NULL,
	"title" text COLLATE "C",
	"outlet" text COLLATE "C",
	"url" text COLLATE "C",
	"byline" text COLLATE "C",
	"published_at" text COLLATE "C",
	"text" text COLLATE "C" NOT NULL,
	"extractor_version" text COLLATE "C" NOT NULL,
	"ingested_at" text COLLATE "C" NOT NULL,
	CONSTRAINT "sources_content_hash_unique" UNIQUE("content_hash")
);
--> statement-breakpoint
ALTER TABLE "casualties" ADD CONSTRAINT "casualties_mention_id_event_mentions_id_fk" FOREIGN KEY ("mention_id") REFERENCES "public"."event_mentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casualties" ADD CONSTRAINT "casualties_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casualties" ADD CONSTRAINT "casualties_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_mention_id_event_mentions_id_fk" FOREIGN KEY ("mention_id") REFERENCES "public"."event_mentions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_mention_id_event_mentions_id_fk" FOREIGN KEY ("mention_id") REFERENCES "public"."event_mentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_mentions" ADD CONSTRAINT "event_mentions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_mentions" ADD CONSTRAINT "event_mentions_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "force_reports" ADD CONSTRAINT "force_reports_mention_id_event_mentions_id_fk" FOREIGN KEY ("mention_id") REFERENCES "public"."event_mentions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "force_reports" ADD CONSTRAINT "force_reports_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "force_reports" ADD CONSTRAINT "force_reports_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_origins" ADD CONSTRAINT "source_origins_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "casualties_event_idx" ON "casualties" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "casualties_mention_idx" ON "casualties" USING btree ("mention_id");--> statement-breakpoint
CREATE INDEX "casualties_source_idx" ON "casualties" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "claims_source_idx" ON "claims" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "claims_event_idx" ON "claims" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "claims_kind_idx" ON "claims" USING btree ("speaker_kind","stance");--> statement-breakpoint
CREATE INDEX "claims_mention_idx" ON "claims" USING btree ("mention_id");--> statement-breakpoint
CREATE INDEX "claims_speaker_idx" ON "claims" USING btree ("speaker");--> statement-breakpoint
CREATE INDEX "escalations_event_idx" ON "escalations" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "escalations_mention_idx" ON "escalations" USING btree ("mention_id");--> statement-breakpoint
CREATE INDEX "escalations_source_idx" ON "escalations" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "event_mentions_event_idx" ON "event_mentions" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_mentions_source_idx" ON "event_mentions" USING btree ("source_id","event_id");--> statement-breakpoint
CREATE INDEX "event_mentions_outlet_idx" ON "event_mentions" USING btree ("event_id","outlet_key");--> statement-breakpoint
CREATE INDEX "events_candidate_idx" ON "events" USING btree ("kind_class","attacker_key","date_from");--> statement-breakpoint
CREATE INDEX "events_date_idx" ON "events" USING btree ("date_from");--> statement-breakpoint
CREATE INDEX "events_attacker_idx" ON "events" USING btree ("attacker_name","date_from");--> statement-breakpoint
CREATE INDEX "events_grade_idx" ON "events" USING btree ("grade","source_count");--> statement-breakpoint
CREATE INDEX "events_strikes_idx" ON "events" USING btree ("kind","date_precision","date_from","attacker_name");--> statement-breakpoint
CREATE INDEX "events_target_idx" ON "events" USING btree ("target_name","date_from");--> statement-breakpoint
CREATE INDEX "events_window_idx" ON "events" USING btree ("kind_class","attacker_key","date_precision","date_from");--> statement-breakpoint
CREATE INDEX "force_reports_totals_idx" ON "force_reports" USING btree ("event_id","category","status","count_low","count_high");--> statement-breakpoint
CREATE INDEX "force_reports_mention_idx" ON "force_reports" USING btree ("mention_id");--> statement-breakpoint
CREATE INDEX "force_reports_source_idx" ON "force_reports" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "source_origins_source_idx" ON "source_origins" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "sources_published_idx" ON "sources" USING btree ("published_at");