CREATE TABLE "tip_events" (
	"tip_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor" jsonb NOT NULL,
	"reason" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tip_events_tip_id_sequence_pk" PRIMARY KEY("tip_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "tips" (
	"id" text PRIMARY KEY NOT NULL,
	"receipt_number" text NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"region_code" text NOT NULL,
	"dimension" text,
	"department" text,
	"anonymous" boolean NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"verification_due_at" timestamp with time zone,
	"case_id" text,
	"closed_reason" text,
	"state" jsonb,
	"state_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tips_receipt_number_unique" UNIQUE("receipt_number")
);
--> statement-breakpoint
ALTER TABLE "tip_events" ADD CONSTRAINT "tip_events_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tips_region_code_idx" ON "tips" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "tips_open_verification_idx" ON "tips" USING btree ("department","verification_due_at") WHERE "tips"."status" = 'verifying';--> statement-breakpoint
CREATE INDEX "tips_case_id_idx" ON "tips" USING btree ("case_id");--> statement-breakpoint
-- Hand-added: tip_events is append-only like the case ledger (refuse_ledger_change() is from 0002).
CREATE TRIGGER tip_events_append_only BEFORE UPDATE OR DELETE ON tip_events
  FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change();
