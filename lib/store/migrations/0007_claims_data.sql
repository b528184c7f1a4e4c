-- Claims come to stores made before them. Each story's question becomes its main claim,
-- under the id a story file without claims gives it (lib/story/claims.ts: "<story id>-question"),
-- so a migrated store and its exported files agree. Each statement's own stance stays where
-- it is: it is now its stance on the main claim. Nothing is dropped.
INSERT INTO "claims" ("id", "slug", "wording", "notes")
SELECT "id" || '-question', "id" || '-question', "question", '[]'::jsonb FROM "stories";
--> statement-breakpoint
INSERT INTO "story_claims" ("story_id", "claim_id", "position", "main")
SELECT "id", "id" || '-question', 0, true FROM "stories";
--> statement-breakpoint
-- A stance coded `neutral` before the codebook said what neutral means (addresses the claim,
-- takes no side) may have meant "does not address it": listed for an editor to confirm.
INSERT INTO "neutral_to_confirm" ("story_id", "statement_id")
SELECT "story_id", "id" FROM "statements" WHERE "stance_value" = 'neutral';
--> statement-breakpoint
-- Every story's data changed shape: its cached copies are read again.
UPDATE "stories" SET "version" = "version" + 1, "updated_at" = now();
