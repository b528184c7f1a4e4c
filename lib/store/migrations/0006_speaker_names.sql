-- Speaker names in the form every write now keeps them in (lib/story/values.ts, cleanName):
-- composed (NFC), invisible characters other than the joiners left out, runs of space made
-- one space, trimmed. A name stored another way would otherwise stand apart from the same
-- name written today, and its speaker page would split in two. A name with nothing visible
-- left is kept as it was, for an editor to mend. The helper lives for this session only.
CREATE FUNCTION pg_temp.clean_name(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT coalesce(nullif(regexp_replace(regexp_replace(regexp_replace(normalize(value, NFC),
		'[\u00AD\u034F\u061C\u115F-\u1160\u17B4-\u17B5\u180E\u200B\u200E-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF0-\uFFF8\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0000-\U000E0FFF]', '', 'g'),
		'[\u0009-\u000D\u0020\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g'),
		'^[ \u200C\u200D]+|[ \u200C\u200D]+$', '', 'g'), ''), value)
$$;
--> statement-breakpoint
-- The stories whose statements change move on a version, so every instance reads them again.
UPDATE "stories" SET "version" = "version" + 1, "updated_at" = now()
WHERE "id" IN (SELECT DISTINCT "story_id" FROM "statements" WHERE "speaker_name" <> pg_temp.clean_name("speaker_name"));
--> statement-breakpoint
UPDATE "statements" SET "speaker_name" = pg_temp.clean_name("speaker_name")
WHERE "speaker_name" <> pg_temp.clean_name("speaker_name");
--> statement-breakpoint
UPDATE "review_drafts" SET "speaker_name" = pg_temp.clean_name("speaker_name")
WHERE "speaker_name" <> pg_temp.clean_name("speaker_name");
--> statement-breakpoint
-- Merges: a variant that now reads as its own canonical name is no merge at all, and of two
-- variants that now read the same, one stays.
DELETE FROM "speaker_aliases" WHERE pg_temp.clean_name("name") = pg_temp.clean_name("canonical");
--> statement-breakpoint
DELETE FROM "speaker_aliases" a WHERE EXISTS (
	SELECT 1 FROM "speaker_aliases" b
	WHERE b."name" < a."name" AND pg_temp.clean_name(b."name") = pg_temp.clean_name(a."name"));
--> statement-breakpoint
UPDATE "speaker_aliases" SET "name" = pg_temp.clean_name("name"), "canonical" = pg_temp.clean_name("canonical")
WHERE "name" <> pg_temp.clean_name("name") OR "canonical" <> pg_temp.clean_name("canonical");
--> statement-breakpoint
DROP FUNCTION pg_temp.clean_name(text);
