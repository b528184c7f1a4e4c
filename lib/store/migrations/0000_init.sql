CREATE TABLE "caveats" (
	"story_id" text NOT NULL,
	"statement_id" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "caveats_story_id_statement_id_position_pk" PRIMARY KEY("story_id","statement_id","position")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"story_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"source_id" text NOT NULL,
	"text" text NOT NULL,
	"occurrence" integer,
	"anchor_start" integer NOT NULL,
	"anchor_end" integer NOT NULL,
	"label" text NOT NULL,
	"date" jsonb,
	"notes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "events_story_id_id_pk" PRIMARY KEY("story_id","id"),
	CONSTRAINT "events_anchor" CHECK (0 <= "events"."anchor_start" and "events"."anchor_start" < "events"."anchor_end")
);
--> statement-breakpoint
CREATE TABLE "perspectives" (
	"story_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"definition" text NOT NULL,
	"match" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "perspectives_story_id_id_pk" PRIMARY KEY("story_id","id")
);
--> statement-breakpoint
CREATE TABLE "related_reports" (
	"story_id" text NOT NULL,
	"position" integer NOT NULL,
	"publisher" text NOT NULL,
	"url" text NOT NULL,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "related_reports_story_id_position_pk" PRIMARY KEY("story_id","position")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"story_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"publisher" text NOT NULL,
	"title" text NOT NULL,
	"date" jsonb NOT NULL,
	"url" text NOT NULL,
	"text" text NOT NULL,
	"notes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "sources_story_id_id_pk" PRIMARY KEY("story_id","id")
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"story_id" text NOT NULL,
	"id" text NOT NULL,
	"position" integer NOT NULL,
	"perspective_id" text NOT NULL,
	"speaker_name" text NOT NULL,
	"speaker_role" text,
	"source_id" text NOT NULL,
	"text" text NOT NULL,
	"occurrence" integer,
	"anchor_start" integer NOT NULL,
	"anchor_end" integer NOT NULL,
	"kind" text NOT NULL,
	"attribution" text NOT NULL,
	"channel" text NOT NULL,
	"stance_value" text NOT NULL,
	"stance_label" text NOT NULL,
	"draft" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "statements_story_id_id_pk" PRIMARY KEY("story_id","id"),
	CONSTRAINT "statements_anchor" CHECK (0 <= "statements"."anchor_start" and "statements"."anchor_start" < "statements"."anchor_end"),
	CONSTRAINT "statements_kind" CHECK ("statements"."kind" in ('direct', 'paraphrase')),
	CONSTRAINT "statements_stance" CHECK ("statements"."stance_value" in ('supports', 'mixed', 'neutral', 'rejects'))
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"question" text NOT NULL,
	"summary" text,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "caveats" ADD CONSTRAINT "caveats_story_id_statement_id_statements_story_id_id_fk" FOREIGN KEY ("story_id","statement_id") REFERENCES "public"."statements"("story_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_story_id_source_id_sources_story_id_id_fk" FOREIGN KEY ("story_id","source_id") REFERENCES "public"."sources"("story_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perspectives" ADD CONSTRAINT "perspectives_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_reports" ADD CONSTRAINT "related_reports_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_story_id_source_id_sources_story_id_id_fk" FOREIGN KEY ("story_id","source_id") REFERENCES "public"."sources"("story_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_story_id_perspective_id_perspectives_story_id_id_fk" FOREIGN KEY ("story_id","perspective_id") REFERENCES "public"."perspectives"("story_id","id") ON DELETE no action ON UPDATE no action;