CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "cases_region_code_idx";--> statement-breakpoint
CREATE INDEX "cases_region_code_pattern_idx" ON "cases" USING btree ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cases_enterprise_name_trgm_idx" ON "cases" USING gin ("enterprise_name" gin_trgm_ops);