ALTER TABLE "review_drafts" ADD COLUMN "statement_date" text;
--> statement-breakpoint
ALTER TABLE "review_drafts" ADD COLUMN "statement_date_cue" text;
