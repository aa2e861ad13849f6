CREATE TABLE "feed_items" (
	"feed_url" text COLLATE "C" NOT NULL,
	"item_key" text COLLATE "C" NOT NULL,
	"link" text COLLATE "C",
	"seen_at" text COLLATE "C" NOT NULL,
	"rowid" bigserial NOT NULL,
	CONSTRAINT "feed_items_feed_url_item_key_pk" PRIMARY KEY("feed_url","item_key")
);
--> statement-breakpoint
CREATE TABLE "http_validators" (
	"url" text COLLATE "C" PRIMARY KEY NOT NULL,
	"etag" text COLLATE "C",
	"last_modified" text COLLATE "C",
	"checked_at" text COLLATE "C" NOT NULL,
	"rowid" bigserial NOT NULL
);
