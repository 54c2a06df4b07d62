CREATE TABLE "announcement_events" (
	"announcement_key" text NOT NULL,
	"sequence" integer NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor" jsonb NOT NULL,
	"reason" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "announcement_events_announcement_key_sequence_pk" PRIMARY KEY("announcement_key","sequence")
);
--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" text PRIMARY KEY NOT NULL,
	"announcement_key" text NOT NULL,
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"cutoff" text NOT NULL,
	"as_of" timestamp with time zone NOT NULL,
	"rows" jsonb NOT NULL,
	"totals" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"corrects" integer,
	"correction" text,
	"status" text NOT NULL,
	"drafted_by" jsonb NOT NULL,
	"drafted_at" timestamp with time zone NOT NULL,
	"decided_by" jsonb,
	"decided_at" timestamp with time zone,
	"decision_reason" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "announcements_key_version_idx" ON "announcements" USING btree ("announcement_key","version");--> statement-breakpoint
CREATE INDEX "announcements_region_year_idx" ON "announcements" USING btree ("year","region_code");--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_status" CHECK ("status" in ('draft', 'published', 'discarded'));--> statement-breakpoint
-- Hand-added: announcement_events is append-only like every ledger (refuse_ledger_change() is from 0002).
CREATE TRIGGER announcement_events_append_only BEFORE UPDATE OR DELETE ON announcement_events
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
--> statement-breakpoint
-- Hand-added: a version's content never changes, a draft is decided once, and nothing is deleted.
CREATE FUNCTION refuse_announcement_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'announcements are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'announcement % is %: it never changes', OLD.id, OLD.status USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW.id, NEW.announcement_key, NEW.region_code, NEW.year, NEW.version, NEW.cutoff, NEW.as_of, NEW.rows,
      NEW.totals, NEW.content_hash, NEW.corrects, NEW.correction, NEW.drafted_by, NEW.drafted_at)
     IS DISTINCT FROM
     (OLD.id, OLD.announcement_key, OLD.region_code, OLD.year, OLD.version, OLD.cutoff, OLD.as_of, OLD.rows,
      OLD.totals, OLD.content_hash, OLD.corrects, OLD.correction, OLD.drafted_by, OLD.drafted_at) THEN
    RAISE EXCEPTION 'the content of announcement % never changes', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER announcements_append_only BEFORE UPDATE OR DELETE ON announcements
  FOR EACH ROW EXECUTE FUNCTION refuse_announcement_change();
