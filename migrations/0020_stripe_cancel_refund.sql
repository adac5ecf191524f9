-- Issue 9 §6: Stripe cancels and refunds are recorded first (cancel_requested, refund_requested),
-- committed, sent to Stripe outside any transaction by the submitter workers, and their outcome
-- recorded after. A checkout that times out holding money waits for staff (PAYMENT_OVERDUE).
ALTER TABLE "payments"."payment_intents" DROP CONSTRAINT "intent_status";--> statement-breakpoint
ALTER TABLE "payments"."payment_intents" ADD CONSTRAINT "intent_status" CHECK ("payments"."payment_intents"."status" in ('requested', 'pending', 'succeeded', 'failed', 'cancel_requested', 'canceled'));--> statement-breakpoint
DROP INDEX IF EXISTS "payments"."payment_intents_requested_idx";--> statement-breakpoint
CREATE INDEX "payment_intents_requested_idx" ON "payments"."payment_intents" USING btree ("workspace_id","submit_after") WHERE status in ('requested', 'cancel_requested');--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD COLUMN "submit_after" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments"."payments" DROP CONSTRAINT "payment_status";--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD CONSTRAINT "payment_status" CHECK ("payments"."payments"."status" in ('registered', 'refund_requested', 'voided', 'refunded'));--> statement-breakpoint
CREATE INDEX "payments_refund_requested_idx" ON "payments"."payments" USING btree ("workspace_id","submit_after") WHERE status = 'refund_requested';--> statement-breakpoint
ALTER TABLE "checkout"."sagas" DROP CONSTRAINT "saga_state";--> statement-breakpoint
ALTER TABLE "checkout"."sagas" ADD CONSTRAINT "saga_state" CHECK ("checkout"."sagas"."state" in ('STARTED','STOCK_RESERVED','PAYMENT_PENDING','PAYMENT_OVERDUE','COMPLETED','STOCK_FAILED','PAYMENT_FAILED','CANCELLED','TIMED_OUT'));--> statement-breakpoint
-- The workspaces with Stripe work due (creates, cancels, refunds); only ids cross the RLS boundary.
CREATE OR REPLACE FUNCTION payments.workspaces_with_requested_intents(due_before timestamptz, max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, payments
AS $$
  SELECT workspace_id FROM (
    SELECT workspace_id FROM payments.payment_intents
    WHERE status in ('requested', 'cancel_requested') AND (submit_after IS NULL OR submit_after <= due_before)
    UNION
    SELECT workspace_id FROM payments.payments
    WHERE status = 'refund_requested' AND (submit_after IS NULL OR submit_after <= due_before)
  ) due
  LIMIT max_rows
$$;
