CREATE TABLE "review_claims" (
	"id" text PRIMARY KEY NOT NULL,
	"review_id" text NOT NULL,
	"wording" text NOT NULL,
	"created_by" text NOT NULL,
	"outcome" text,
	"outcome_claim_id" text,
	"settled_by" text,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "review_claims_id" CHECK ("review_claims"."id" like 'private:%'),
	CONSTRAINT "review_claims_wording" CHECK (btrim("review_claims"."wording") <> ''),
	CONSTRAINT "review_claims_outcome" CHECK (("review_claims"."outcome" is null and "review_claims"."outcome_claim_id" is null and "review_claims"."settled_by" is null and "review_claims"."settled_at" is null) or ("review_claims"."outcome" = 'dropped' and "review_claims"."outcome_claim_id" is null and "review_claims"."settled_by" is not null and "review_claims"."settled_at" is not null) or ("review_claims"."outcome" in ('kept', 'merged') and "review_claims"."outcome_claim_id" is not null and "review_claims"."settled_by" is not null and "review_claims"."settled_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "review_claims" ADD CONSTRAINT "review_claims_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_claims_review" ON "review_claims" USING btree ("review_id");