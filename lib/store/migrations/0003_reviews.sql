CREATE TABLE "reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"story_id" text NOT NULL,
	"source_id" text,
	"article_text" text NOT NULL,
	"publisher" text NOT NULL,
	"title" text NOT NULL,
	"date" jsonb NOT NULL,
	"url" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "reviews_status" CHECK ("reviews"."status" in ('open', 'done'))
);
--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE TABLE "review_drafts" (
	"review_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"speaker_name" text NOT NULL,
	"speaker_role" text,
	"anchor_start" integer NOT NULL,
	"anchor_end" integer NOT NULL,
	"text" text NOT NULL,
	"kind" text,
	"attribution" text NOT NULL,
	"channel" text,
	"caveats" jsonb NOT NULL,
	"perspective_id" text,
	"stance_value" text,
	"stance_label" text,
	"reviewed" boolean DEFAULT false NOT NULL,
	"speaker_uncertain" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "review_drafts_review_id_id_pk" PRIMARY KEY("review_id","id"),
	CONSTRAINT "review_drafts_anchor" CHECK (0 <= "review_drafts"."anchor_start" and "review_drafts"."anchor_start" < "review_drafts"."anchor_end"),
	CONSTRAINT "review_drafts_kind" CHECK ("review_drafts"."kind" is null or "review_drafts"."kind" in ('direct', 'paraphrase')),
	CONSTRAINT "review_drafts_channel" CHECK ("review_drafts"."channel" is null or "review_drafts"."channel" in ('firsthand', 'secondhand')),
	CONSTRAINT "review_drafts_stance" CHECK ("review_drafts"."stance_value" is null or "review_drafts"."stance_value" in ('supports', 'mixed', 'neutral', 'rejects')),
	CONSTRAINT "review_drafts_reviewed" CHECK (not "review_drafts"."reviewed" or ("review_drafts"."perspective_id" is not null and "review_drafts"."stance_value" is not null and "review_drafts"."stance_label" is not null and "review_drafts"."kind" is not null and "review_drafts"."channel" is not null))
);
--> statement-breakpoint
ALTER TABLE "review_drafts" ADD CONSTRAINT "review_drafts_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- Drafts leave the stories: one review per source that holds any, its article the source's
-- text. The old default stance ("neutral", "Not yet reviewed") and the "unassigned" camp
-- were never an analyst's choice, so they become "not chosen".
INSERT INTO "reviews" ("id", "story_id", "source_id", "article_text", "publisher", "title", "date", "url", "created_by")
SELECT 'moved-' || md5(s."story_id" || '/' || s."id"), s."story_id", s."id", s."text", s."publisher", s."title", s."date", s."url", 'migration'
FROM "sources" s
WHERE EXISTS (SELECT 1 FROM "statements" st WHERE st."story_id" = s."story_id" AND st."source_id" = s."id" AND st."draft");
--> statement-breakpoint
INSERT INTO "review_drafts" ("review_id", "id", "position", "speaker_name", "speaker_role", "anchor_start", "anchor_end", "text", "kind", "attribution", "channel", "caveats", "perspective_id")
SELECT 'moved-' || md5(st."story_id" || '/' || st."source_id"), st."id", st."position", st."speaker_name", st."speaker_role",
	st."anchor_start", st."anchor_end", st."text",
	st."kind", st."attribution", st."channel",
	COALESCE((SELECT jsonb_agg(c."text" ORDER BY c."position") FROM "caveats" c WHERE c."story_id" = st."story_id" AND c."statement_id" = st."id"), '[]'::jsonb),
	NULLIF(st."perspective_id", 'unassigned')
FROM "statements" st
WHERE st."draft";
--> statement-breakpoint
UPDATE "stories" SET "version" = "version" + 1, "updated_at" = now()
WHERE "id" IN (SELECT DISTINCT "story_id" FROM "statements" WHERE "draft");
--> statement-breakpoint
DELETE FROM "statements" WHERE "draft";
--> statement-breakpoint
DELETE FROM "perspectives" p WHERE p."id" = 'unassigned'
	AND NOT EXISTS (SELECT 1 FROM "statements" st WHERE st."story_id" = p."story_id" AND st."perspective_id" = p."id");
--> statement-breakpoint
ALTER TABLE "statements" DROP COLUMN "draft";
