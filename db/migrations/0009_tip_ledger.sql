-- Tips record their steps like cases (the 'tip-ledger' patch): tip_events gains the hash chain (null for
-- steps recorded before; the append-only trigger is from 0003) and the outbox takes a tip's messages.
ALTER TABLE "outbox" ALTER COLUMN "case_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "tip_id" text;--> statement-breakpoint
ALTER TABLE "tip_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "tip_events" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_tip_id_tips_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_tip_id_idx" ON "outbox" USING btree ("tip_id");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_one_subject" CHECK (num_nonnulls("outbox"."case_id", "outbox"."tip_id") = 1);
