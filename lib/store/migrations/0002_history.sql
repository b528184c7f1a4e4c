CREATE TABLE "changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"story_id" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"version" integer,
	"story_version" integer,
	CONSTRAINT "changes_actor" CHECK ("changes"."actor" ~ '^(seed|user:.+|cli:.+)$'),
	CONSTRAINT "changes_entity_named" CHECK ("changes"."entity" <> '' and "changes"."entity_id" <> '' and "changes"."action" <> '')
);
--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "changes_story" ON "changes" USING btree ("story_id","id");--> statement-breakpoint
CREATE INDEX "changes_entity" ON "changes" USING btree ("story_id","entity","entity_id","id");--> statement-breakpoint
ALTER TABLE "perspectives" ADD CONSTRAINT "perspectives_filled" CHECK (btrim("perspectives"."label") <> '' and btrim("perspectives"."definition") <> '');--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_filled" CHECK (btrim("sources"."publisher") <> '' and btrim("sources"."title") <> '' and btrim("sources"."url") <> '');--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_channel" CHECK ("statements"."channel" in ('firsthand', 'secondhand'));--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_filled" CHECK (btrim("statements"."speaker_name") <> '' and btrim("statements"."text") <> '' and btrim("statements"."attribution") <> '' and btrim("statements"."stance_label") <> '');