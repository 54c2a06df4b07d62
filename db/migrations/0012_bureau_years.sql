CREATE TABLE "year_events" (
	"year_id" text NOT NULL,
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
	CONSTRAINT "year_events_year_id_sequence_pk" PRIMARY KEY("year_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "years" (
	"id" text PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"policy_profile" text NOT NULL,
	"policy_version" text NOT NULL,
	"status" text NOT NULL,
	"pending" integer NOT NULL,
	"overdue" integer NOT NULL,
	"next_due_at" timestamp with time zone,
	"state" jsonb NOT NULL,
	"state_version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_one_subject";--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "year_id" text;--> statement-breakpoint
ALTER TABLE "year_events" ADD CONSTRAINT "year_events_year_id_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "years_region_year_idx" ON "years" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "years_year_idx" ON "years" USING btree ("year","region_code");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_year_id_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_year_id_idx" ON "outbox" USING btree ("year_id");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_one_subject" CHECK (num_nonnulls("outbox"."case_id", "outbox"."tip_id", "outbox"."year_id") = 1);--> statement-breakpoint
-- Hand-added: year_events is append-only like the case and tip ledgers (refuse_ledger_change() is from 0002).
CREATE TRIGGER year_events_append_only BEFORE UPDATE OR DELETE ON year_events
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
