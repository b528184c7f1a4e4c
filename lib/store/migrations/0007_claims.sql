CREATE TABLE "claim_rewordings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"claim_id" text NOT NULL,
	"before" text NOT NULL,
	"after" text NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claim_rewordings_actor" CHECK ("claim_rewordings"."actor" ~ '^(seed|user:.+|cli:.+)$')
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"wording" text NOT NULL,
	"notes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "claims_filled" CHECK (btrim("claims"."wording") <> '' and btrim("claims"."slug") <> '')
);
--> statement-breakpoint
CREATE TABLE "neutral_to_confirm" (
	"story_id" text NOT NULL,
	"statement_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "neutral_to_confirm_story_id_statement_id_pk" PRIMARY KEY("story_id","statement_id")
);
--> statement-breakpoint
CREATE TABLE "non_responses" (
	"story_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"perspective_id" text NOT NULL,
	"claim_id" text NOT NULL,
	"source_id" text NOT NULL,
	"text" text NOT NULL,
	"occurrence" integer,
	"anchor_start" integer NOT NULL,
	"anchor_end" integer NOT NULL,
	"as_of" text,
	"notes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "non_responses_story_id_id_pk" PRIMARY KEY("story_id","id"),
	CONSTRAINT "non_responses_anchor" CHECK (0 <= "non_responses"."anchor_start" and "non_responses"."anchor_start" < "non_responses"."anchor_end")
);
--> statement-breakpoint
CREATE TABLE "statement_stances" (
	"story_id" text NOT NULL,
	"statement_id" text NOT NULL,
	"claim_id" text NOT NULL,
	"value" text NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "statement_stances_story_id_statement_id_claim_id_pk" PRIMARY KEY("story_id","statement_id","claim_id"),
	CONSTRAINT "statement_stances_value" CHECK ("statement_stances"."value" in ('supports', 'mixed', 'neutral', 'rejects')),
	CONSTRAINT "statement_stances_label" CHECK (btrim("statement_stances"."label") <> '')
);
--> statement-breakpoint
CREATE TABLE "story_claims" (
	"story_id" text NOT NULL,
	"claim_id" text NOT NULL,
	"position" integer NOT NULL,
	"main" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "story_claims_story_id_claim_id_pk" PRIMARY KEY("story_id","claim_id"),
	CONSTRAINT "story_claims_main_first" CHECK ("story_claims"."main" = ("story_claims"."position" = 0))
);
--> statement-breakpoint
ALTER TABLE "statements" DROP CONSTRAINT "statements_stance";--> statement-breakpoint
ALTER TABLE "statements" DROP CONSTRAINT "statements_filled";--> statement-breakpoint
ALTER TABLE "statements" ALTER COLUMN "stance_value" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "statements" ALTER COLUMN "stance_label" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "claim_rewordings" ADD CONSTRAINT "claim_rewordings_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neutral_to_confirm" ADD CONSTRAINT "neutral_to_confirm_story_id_statement_id_statements_story_id_id_fk" FOREIGN KEY ("story_id","statement_id") REFERENCES "public"."statements"("story_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "non_responses" ADD CONSTRAINT "non_responses_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "non_responses" ADD CONSTRAINT "non_responses_story_id_source_id_sources_story_id_id_fk" FOREIGN KEY ("story_id","source_id") REFERENCES "public"."sources"("story_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "non_responses" ADD CONSTRAINT "non_responses_story_id_perspective_id_perspectives_story_id_id_fk" FOREIGN KEY ("story_id","perspective_id") REFERENCES "public"."perspectives"("story_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "non_responses" ADD CONSTRAINT "non_responses_story_id_claim_id_story_claims_story_id_claim_id_fk" FOREIGN KEY ("story_id","claim_id") REFERENCES "public"."story_claims"("story_id","claim_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_stances" ADD CONSTRAINT "statement_stances_story_id_statement_id_statements_story_id_id_fk" FOREIGN KEY ("story_id","statement_id") REFERENCES "public"."statements"("story_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_stances" ADD CONSTRAINT "statement_stances_story_id_claim_id_story_claims_story_id_claim_id_fk" FOREIGN KEY ("story_id","claim_id") REFERENCES "public"."story_claims"("story_id","claim_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_claims" ADD CONSTRAINT "story_claims_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_claims" ADD CONSTRAINT "story_claims_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claim_rewordings_claim" ON "claim_rewordings" USING btree ("claim_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_slug" ON "claims" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "story_claims_position" ON "story_claims" USING btree ("story_id","position");--> statement-breakpoint
CREATE INDEX "story_claims_claim" ON "story_claims" USING btree ("claim_id");--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_stance_labelled" CHECK (("statements"."stance_value" is null) = ("statements"."stance_label" is null));--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_stance" CHECK ("statements"."stance_value" is null or "statements"."stance_value" in ('supports', 'mixed', 'neutral', 'rejects'));--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_filled" CHECK (btrim("statements"."speaker_name") <> '' and btrim("statements"."text") <> '' and btrim("statements"."attribution") <> '' and ("statements"."stance_label" is null or btrim("statements"."stance_label") <> ''));