CREATE TABLE "review_non_responses" (
	"review_id" text NOT NULL,
	"id" text NOT NULL,
	"perspective_id" text NOT NULL,
	"claim_id" text NOT NULL,
	"anchor_start" integer NOT NULL,
	"anchor_end" integer NOT NULL,
	"text" text NOT NULL,
	"as_of" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "review_non_responses_review_id_id_pk" PRIMARY KEY("review_id","id"),
	CONSTRAINT "review_non_responses_anchor" CHECK (0 <= "review_non_responses"."anchor_start" and "review_non_responses"."anchor_start" < "review_non_responses"."anchor_end"),
	CONSTRAINT "review_non_responses_as_of" CHECK ("review_non_responses"."as_of" is null or "review_non_responses"."as_of" ~ '^\d{4}-\d{2}-\d{2}$')
);
--> statement-breakpoint
ALTER TABLE "review_drafts" DROP CONSTRAINT "review_drafts_reviewed";--> statement-breakpoint
ALTER TABLE "review_drafts" ADD COLUMN "claim_stances" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "review_non_responses" ADD CONSTRAINT "review_non_responses_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_drafts" ADD CONSTRAINT "review_drafts_claim_stances" CHECK (jsonb_typeof("review_drafts"."claim_stances") = 'array');--> statement-breakpoint
ALTER TABLE "review_drafts" ADD CONSTRAINT "review_drafts_reviewed" CHECK (not "review_drafts"."reviewed" or ("review_drafts"."perspective_id" is not null and "review_drafts"."camp_suggestion" is null and (("review_drafts"."stance_value" is not null and "review_drafts"."stance_label" is not null) or jsonb_array_length("review_drafts"."claim_stances") > 0) and "review_drafts"."kind" is not null and "review_drafts"."channel" is not null));