CREATE TABLE "year_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"year_id" text NOT NULL,
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"milestone" text NOT NULL,
	"sequence" integer NOT NULL,
	"period" text NOT NULL,
	"as_of" timestamp with time zone NOT NULL,
	"lines" jsonb NOT NULL,
	"totals" jsonb NOT NULL,
	"plans" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"drawn_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "year_reports" ADD CONSTRAINT "year_reports_year_id_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "year_reports_year_idx" ON "year_reports" USING btree ("year_id","milestone");--> statement-breakpoint
-- Hand-added: a report, once submitted, stays as submitted (refuse_ledger_change() is from 0002).
CREATE TRIGGER year_reports_append_only BEFORE UPDATE OR DELETE ON year_reports
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
