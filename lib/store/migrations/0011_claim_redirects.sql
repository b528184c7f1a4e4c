CREATE TABLE "claim_redirects" (
	"claim_id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"wording" text NOT NULL,
	"into" text NOT NULL,
	"rewordings" jsonb NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claim_redirects_actor" CHECK ("claim_redirects"."actor" ~ '^(seed|user:.+|cli:.+)$')
);
--> statement-breakpoint
ALTER TABLE "claim_redirects" ADD CONSTRAINT "claim_redirects_into_claims_id_fk" FOREIGN KEY ("into") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "claim_redirects_slug" ON "claim_redirects" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "claim_redirects_into" ON "claim_redirects" USING btree ("into");