CREATE TABLE "quarterly_notices" (
	"id" text PRIMARY KEY NOT NULL,
	"year_id" text NOT NULL,
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"as_of" timestamp with time zone NOT NULL,
	"member_units" jsonb NOT NULL,
	"entries" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quarterly_notices" ADD CONSTRAINT "quarterly_notices_year_id_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quarterly_notices_year_quarter_idx" ON "quarterly_notices" USING btree ("year_id","quarter");--> statement-breakpoint
CREATE INDEX "quarterly_notices_region_year_idx" ON "quarterly_notices" USING btree ("year","region_code");--> statement-breakpoint
ALTER TABLE "quarterly_notices" ADD CONSTRAINT "quarterly_notices_quarter" CHECK ("quarter" between 1 and 4);--> statement-breakpoint
-- Hand-added: a notice, once issued, is public as issued: never changed, never deleted
-- (refuse_ledger_change() is from 0002).
CREATE TRIGGER quarterly_notices_append_only BEFORE UPDATE OR DELETE ON quarterly_notices
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
