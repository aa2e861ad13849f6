CREATE TABLE `feed_items` (
	`feed_url` text NOT NULL,
	`item_key` text NOT NULL,
	`link` text,
	`seen_at` text NOT NULL,
	PRIMARY KEY(`feed_url`, `item_key`)
);
--> statement-breakpoint
CREATE TABLE `http_validators` (
	`url` text PRIMARY KEY NOT NULL,
	`etag` text,
	`last_modified` text,
	`checked_at` text NOT NULL
);
