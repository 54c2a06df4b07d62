CREATE TABLE "case_events" (
	"case_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_events_case_id_sequence_pk" PRIMARY KEY("case_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"workflow_id" text NOT NULL,
	"department" text NOT NULL,
	"document_number" text NOT NULL,
	"enterprise_name" text NOT NULL,
	"credit_code" text NOT NULL,
	"region_code" text NOT NULL,
	"industry" text NOT NULL,
	"dimension" text NOT NULL,
	"capacity_value" numeric NOT NULL,
	"capacity_unit" text NOT NULL,
	"finding_date" date NOT NULL,
	"policy_version" text NOT NULL,
	"finding" jsonb NOT NULL,
	"status" text NOT NULL,
	"deadline" jsonb,
	"deadline_lapses_at" timestamp with time zone,
	"state_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_department_document_number_key" ON "cases" USING btree ("department","document_number");--> statement-breakpoint
CREATE INDEX "cases_region_code_idx" ON "cases" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "cases_deadline_lapses_at_idx" ON "cases" USING btree ("deadline_lapses_at");--> statement-breakpoint
CREATE INDEX "cases_credit_code_idx" ON "cases" USING btree ("credit_code");