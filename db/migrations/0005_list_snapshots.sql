CREATE TABLE "list_snapshots" (
	"version" integer PRIMARY KEY NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"trigger" text NOT NULL,
	"requested_by" text,
	"idempotency_key" text NOT NULL,
	"previous_version" integer,
	"entries" jsonb NOT NULL,
	"diff" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "list_snapshots_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "list_snapshots_version_positive" CHECK ("list_snapshots"."version" > 0),
	CONSTRAINT "list_snapshots_trigger_requester" CHECK (("list_snapshots"."trigger" = 'schedule' and "list_snapshots"."requested_by" is null) or ("list_snapshots"."trigger" = 'on_demand' and "list_snapshots"."requested_by" is not null)),
	CONSTRAINT "list_snapshots_previous_version" CHECK ("list_snapshots"."previous_version" is not distinct from nullif("list_snapshots"."version" - 1, 0))
);
--> statement-breakpoint
-- Published snapshots are append-only: a correction is a new version (refuse_ledger_change is from 0002).
CREATE TRIGGER list_snapshots_append_only BEFORE UPDATE OR DELETE ON list_snapshots
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
--> statement-breakpoint
CREATE TRIGGER list_snapshots_no_truncate BEFORE TRUNCATE ON list_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change();
