ALTER TABLE "tasks" ALTER COLUMN "case_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "year_id" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "milestone" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_year_id_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_year_id_idx" ON "tasks" USING btree ("year_id");--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_one_subject" CHECK (num_nonnulls("tasks"."case_id", "tasks"."year_id") = 1);