-- Claims come to stores made before them. Each story's question becomes its main claim,
-- under the id a story file without claims gives it (lib/story/claims.ts: "<story id>-question"),
-- so a migrated store and its exported files agree. Each statement's own stance stays where
-- it is: it is now its stance on the main claim. Nothing is dropped. The new rows take
-- their story's times, so the same store migrated twice holds the same rows.
INSERT INTO "claims" ("id", "slug", "wording", "notes", "created_at", "updated_at")
SELECT "id" || '-question', "id" || '-question', "question", '[]'::jsonb, "created_at", "updated_at" FROM "stories";
--> statement-breakpoint
INSERT INTO "story_claims" ("story_id", "claim_id", "position", "main", "created_at", "updated_at")
SELECT "id", "id" || '-question', 0, true, "created_at", "updated_at" FROM "stories";
--> statement-breakpoint
-- A stance coded `neutral` before the codebook said what neutral means (addresses the claim,
-- takes no side) may have meant "does not address it": listed for an editor to confirm.
INSERT INTO "neutral_to_confirm" ("story_id", "statement_id", "created_at")
SELECT "story_id", "id", "updated_at" FROM "statements" WHERE "stance_value" = 'neutral';
