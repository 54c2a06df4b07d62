CREATE TABLE "deliveries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deliveries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"outbox_key" text NOT NULL,
	"attempt" integer NOT NULL,
	"adapter" text NOT NULL,
	"outcome" text NOT NULL,
	"reference" text,
	"error" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "list_memberships" (
	"case_id" text NOT NULL,
	"list" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone,
	"region_code" text NOT NULL,
	"credit_code" text NOT NULL,
	"enterprise_name" text NOT NULL,
	CONSTRAINT "list_memberships_case_id_list_entered_at_pk" PRIMARY KEY("case_id","list","entered_at")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"key" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"recipient" jsonb,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"kind" text NOT NULL,
	"role" text NOT NULL,
	"region_code" text NOT NULL,
	"departments" text[],
	"due_at" timestamp with time zone,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_sequence" integer NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_sequence" integer
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "actor" jsonb;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "evidence" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "state" jsonb;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_outbox_key_outbox_key_fk" FOREIGN KEY ("outbox_key") REFERENCES "public"."outbox"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_memberships" ADD CONSTRAINT "list_memberships_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliveries_outbox_key_idx" ON "deliveries" USING btree ("outbox_key");--> statement-breakpoint
CREATE INDEX "list_memberships_list_region_idx" ON "list_memberships" USING btree ("list","region_code");--> statement-breakpoint
CREATE INDEX "outbox_case_id_idx" ON "outbox" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "tasks_open_idx" ON "tasks" USING btree ("role","region_code","due_at") WHERE "tasks"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "tasks_case_id_idx" ON "tasks" USING btree ("case_id");