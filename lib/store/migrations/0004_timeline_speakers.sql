ALTER TABLE "statements" ADD COLUMN "statement_date" text;
--> statement-breakpoint
CREATE TABLE "speaker_aliases" (
	"name" text PRIMARY KEY NOT NULL,
	"canonical" text NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "speaker_aliases_not_self" CHECK ("speaker_aliases"."name" <> "speaker_aliases"."canonical")
);
