CREATE SCHEMA "checkout";
--> statement-breakpoint
CREATE TABLE "checkout"."saga_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checkout"."saga_steps" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "checkout"."sagas" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"state" text NOT NULL,
	"attempt" integer DEFAULT 1 NOT NULL,
	"provider" text,
	"reservation_id" uuid,
	"compensations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"hold_until" timestamp with time zone NOT NULL,
	"last_error" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saga_state" CHECK ("checkout"."sagas"."state" in ('STARTED','STOCK_RESERVED','PAYMENT_PENDING','COMPLETED','STOCK_FAILED','PAYMENT_FAILED','CANCELLED','TIMED_OUT'))
);
--> statement-breakpoint
ALTER TABLE "checkout"."sagas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "orders"."orders" DROP CONSTRAINT "order_status";--> statement-breakpoint
CREATE INDEX "saga_steps_workspace_id_order_id_id_index" ON "checkout"."saga_steps" USING btree ("workspace_id","order_id","id");--> statement-breakpoint
CREATE INDEX "sagas_workspace_id_state_updated_at_index" ON "checkout"."sagas" USING btree ("workspace_id","state","updated_at");--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD CONSTRAINT "order_status" CHECK ("orders"."orders"."status" in ('draft', 'pending', 'confirmed', 'shipped', 'delivered', 'cancelled'));--> statement-breakpoint
CREATE POLICY "saga_steps_tenant" ON "checkout"."saga_steps" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "sagas_tenant" ON "checkout"."sagas" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);