ALTER TABLE "reviews" ADD COLUMN "coding_id" text;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "coder" text;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "coded_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "reviews_coding" ON "reviews" USING btree ("coding_id");--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_coder" CHECK ("reviews"."coder" is null or "reviews"."coding_id" is not null);