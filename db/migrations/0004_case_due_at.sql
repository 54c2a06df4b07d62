ALTER TABLE "cases" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "cases_due_at_id_idx" ON "cases" USING btree ("due_at","id");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status");--> statement-breakpoint
UPDATE "cases" SET "due_at" = (CASE "status"
  WHEN 'rectifying' THEN "state"->'deadline'->>'lapsesAt'
  WHEN 'awaiting_government_decision' THEN "state"->'governmentDecisionDue'->>'lapsesAt'
  WHEN 'exiting' THEN coalesce("state"->'dismantlingDeadline'->>'lapsesAt', "state"->'exitDeadline'->>'lapsesAt')
END)::timestamptz WHERE "state" IS NOT NULL;
