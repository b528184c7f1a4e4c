ALTER TABLE "review_drafts" DROP CONSTRAINT "review_drafts_reviewed";--> statement-breakpoint
ALTER TABLE "review_drafts" ADD COLUMN "camp_suggestion" jsonb;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "byline" text;--> statement-breakpoint
ALTER TABLE "page_archives" ADD COLUMN "byline" text;--> statement-breakpoint
ALTER TABLE "review_drafts" ADD CONSTRAINT "review_drafts_reviewed" CHECK (not "review_drafts"."reviewed" or ("review_drafts"."perspective_id" is not null and "review_drafts"."camp_suggestion" is null and "review_drafts"."stance_value" is not null and "review_drafts"."stance_label" is not null and "review_drafts"."kind" is not null and "review_drafts"."channel" is not null));