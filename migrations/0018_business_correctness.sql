ALTER TABLE "inventory"."reservations" DROP CONSTRAINT "reservation_status";--> statement-breakpoint
ALTER TABLE "payments"."payment_intents" DROP CONSTRAINT "intent_status";--> statement-breakpoint
ALTER TABLE "checkout"."sagas" ADD COLUMN "short_lines" jsonb;--> statement-breakpoint
ALTER TABLE "inventory"."movements" ADD COLUMN "reference" text;--> statement-breakpoint
ALTER TABLE "payments"."payment_intents" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "payments"."payment_intents" ADD COLUMN "submit_after" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "payment_intents_requested_idx" ON "payments"."payment_intents" USING btree ("workspace_id","submit_after") WHERE status = 'requested';--> statement-breakpoint
ALTER TABLE "inventory"."reservations" ADD CONSTRAINT "reservation_status" CHECK ("inventory"."reservations"."status" in ('active', 'released', 'expired', 'committed', 'returned'));--> statement-breakpoint
ALTER TABLE "payments"."payment_intents" ADD CONSTRAINT "intent_status" CHECK ("payments"."payment_intents"."status" in ('requested', 'pending', 'succeeded', 'failed', 'canceled'));--> statement-breakpoint
-- Custom (drizzle-kit cannot express functions): lets the Stripe submitter, which runs as the
-- non-superuser app role without a workspace, learn WHICH workspaces have payment requests due to
-- be sent to Stripe, so it sends each under RLS. SECURITY DEFINER reads past RLS but returns only ids.
CREATE OR REPLACE FUNCTION payments.workspaces_with_requested_intents(due_before timestamptz, max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, payments
AS $$
  SELECT DISTINCT workspace_id FROM payments.payment_intents
  WHERE status = 'requested' AND (submit_after IS NULL OR submit_after <= due_before)
  LIMIT max_rows
$$;
