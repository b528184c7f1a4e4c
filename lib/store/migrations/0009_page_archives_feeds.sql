CREATE TABLE "page_archives" (
	"id" text PRIMARY KEY NOT NULL,
	"story_id" text NOT NULL,
	"review_id" text,
	"source_id" text,
	"requested_url" text NOT NULL,
	"url" text NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL,
	"media_type" text,
	"charset" text NOT NULL,
	"html" text NOT NULL,
	"html_sha256" text NOT NULL,
	"text" text NOT NULL,
	"text_sha256" text NOT NULL,
	"fetched_by" text NOT NULL,
	CONSTRAINT "page_archives_sha256" CHECK ("page_archives"."html_sha256" ~ '^[0-9a-f]{64}$' and "page_archives"."text_sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "feed_items" (
	"id" text PRIMARY KEY NOT NULL,
	"story_id" text NOT NULL,
	"feed_id" text,
	"guid_key" text,
	"url_key" text,
	"content_key" text NOT NULL,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"outlet" text,
	"published" text,
	"matched" jsonb NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"found_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "feed_items_status" CHECK ("feed_items"."status" in ('new', 'dismissed', 'opened'))
);
--> statement-breakpoint
CREATE TABLE "feed_poll_lock" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"story_id" text NOT NULL,
	"url" text NOT NULL,
	"title" text,
	"keywords" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_polled_at" timestamp with time zone,
	"last_error" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "page_archives" ADD CONSTRAINT "page_archives_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_archives" ADD CONSTRAINT "page_archives_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feeds" ADD CONSTRAINT "feeds_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "page_archives_source" ON "page_archives" USING btree ("story_id","source_id");--> statement-breakpoint
CREATE INDEX "feed_items_story" ON "feed_items" USING btree ("story_id","status","found_at");--> statement-breakpoint
CREATE UNIQUE INDEX "feed_items_guid" ON "feed_items" USING btree ("story_id","guid_key");--> statement-breakpoint
CREATE UNIQUE INDEX "feed_items_content" ON "feed_items" USING btree ("story_id","content_key");--> statement-breakpoint
CREATE UNIQUE INDEX "feeds_story_url" ON "feeds" USING btree ("story_id","url");