CREATE TABLE "orders"."order_counters" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "order_counter_positive" CHECK ("orders"."order_counters"."last_number" > 0)
);
--> statement-breakpoint
ALTER TABLE "orders"."order_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "checkout"."sagas" DROP CONSTRAINT "saga_state";--> statement-breakpoint
ALTER TABLE "orders"."orders" DROP CONSTRAINT "order_status";--> statement-breakpoint
-- Custom: existing orders are numbered 1, 2, 3… per workspace in creation order (UUIDv7 ids), and
-- each workspace's counter continues after its last number.
ALTER TABLE "orders"."orders" ADD COLUMN "number" integer;--> statement-breakpoint
UPDATE "orders"."orders" o SET "number" = n.rn
FROM (SELECT "id", row_number() OVER (PARTITION BY "workspace_id" ORDER BY "id") AS rn FROM "orders"."orders") n
WHERE o."id" = n."id";--> statement-breakpoint
ALTER TABLE "orders"."orders" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
INSERT INTO "orders"."order_counters" ("workspace_id", "last_number")
SELECT "workspace_id", max("number") FROM "orders"."orders" GROUP BY "workspace_id";--> statement-breakpoint
CREATE UNIQUE INDEX "orders_workspace_number_key" ON "orders"."orders" USING btree ("workspace_id","number");--> statement-breakpoint
-- Custom: one spelling (canceled) and lower_snake saga states (issue 10): stored values rewritten.
UPDATE "orders"."orders" SET "status" = 'canceled' WHERE "status" = 'cancelled';--> statement-breakpoint
UPDATE "orders"."status_history" SET "from_status" = 'canceled' WHERE "from_status" = 'cancelled';--> statement-breakpoint
UPDATE "orders"."status_history" SET "to_status" = 'canceled' WHERE "to_status" = 'cancelled';--> statement-breakpoint
UPDATE "checkout"."sagas" SET "state" = CASE "state" WHEN 'CANCELLED' THEN 'canceled' ELSE lower("state") END;--> statement-breakpoint
UPDATE "checkout"."saga_steps" SET "from_state" = CASE "from_state" WHEN 'CANCELLED' THEN 'canceled' ELSE lower("from_state") END WHERE "from_state" IS NOT NULL;--> statement-breakpoint
UPDATE "checkout"."saga_steps" SET "to_state" = CASE "to_state" WHEN 'CANCELLED' THEN 'canceled' ELSE lower("to_state") END;--> statement-breakpoint
UPDATE "payments"."payment_intents" SET "review_reason" = 'order_canceled' WHERE "review_reason" = 'order_cancelled';--> statement-breakpoint
-- Custom: pending saga deadlines fire under the event's new name (checkout.saga.*, issue 10).
UPDATE "events"."timers" SET "event_type" = 'checkout.saga.deadline_passed' WHERE "event_type" = 'orders.saga.deadline_passed';--> statement-breakpoint
ALTER TABLE "checkout"."sagas" ADD CONSTRAINT "saga_state" CHECK ("checkout"."sagas"."state" in ('started','stock_reserved','payment_pending','payment_overdue','completed','stock_failed','payment_failed','canceled','timed_out'));--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD CONSTRAINT "order_status" CHECK ("orders"."orders"."status" in ('draft', 'pending', 'confirmed', 'shipped', 'delivered', 'canceled'));--> statement-breakpoint
CREATE POLICY "order_counters_tenant" ON "orders"."order_counters" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
