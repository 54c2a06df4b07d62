CREATE TABLE "census_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"department" text NOT NULL,
	"document_number" text NOT NULL,
	"finding" jsonb NOT NULL,
	"source_row" integer NOT NULL,
	"imported_by" jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"late" boolean NOT NULL,
	"consent" jsonb,
	"case_id" text
);
--> statement-breakpoint
ALTER TABLE "census_entries" ADD CONSTRAINT "census_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "census_entries_number_idx" ON "census_entries" USING btree ("region_code","year","number");--> statement-breakpoint
CREATE UNIQUE INDEX "census_entries_finding_idx" ON "census_entries" USING btree ("region_code","year","department","document_number");--> statement-breakpoint
-- Hand-added: a census row's content never changes; it gains the government's consent and its case once
-- each, and is never deleted.
CREATE FUNCTION refuse_census_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'census rows are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.id, NEW.region_code, NEW.year, NEW.number, NEW.department, NEW.document_number, NEW.finding,
      NEW.source_row, NEW.imported_by, NEW.imported_at, NEW.late)
     IS DISTINCT FROM
     (OLD.id, OLD.region_code, OLD.year, OLD.number, OLD.department, OLD.document_number, OLD.finding,
      OLD.source_row, OLD.imported_by, OLD.imported_at, OLD.late) THEN
    RAISE EXCEPTION 'the content of census row % never changes', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.consent IS NOT NULL AND NEW.consent IS DISTINCT FROM OLD.consent THEN
    RAISE EXCEPTION 'the consent to census row % is decided once', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.case_id IS NOT NULL AND NEW.case_id IS DISTINCT FROM OLD.case_id THEN
    RAISE EXCEPTION 'census row % is filed as case % once', OLD.id, OLD.case_id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER census_entries_append_only BEFORE UPDATE OR DELETE ON census_entries
  FOR EACH ROW EXECUTE FUNCTION refuse_census_entry_change();
