CREATE TABLE "payments"."payment_intents" (
	"workspace_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"external_id" text,
	"client_secret" text,
	"failure_reason" text,
	"review_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_intents_workspace_id_order_id_pk" PRIMARY KEY("workspace_id","order_id"),
	CONSTRAINT "intent_provider" CHECK ("payments"."payment_intents"."provider" in ('manual', 'stripe')),
	CONSTRAINT "intent_status" CHECK ("payments"."payment_intents"."status" in ('pending', 'succeeded', 'failed', 'canceled')),
	CONSTRAINT "intent_amount" CHECK ("payments"."payment_intents"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "payments"."payment_intents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payments"."stripe_events" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"type" text NOT NULL,
	"external_id" text NOT NULL,
	"outcome" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stripe_event_outcome" CHECK ("payments"."stripe_events"."outcome" in ('applied', 'stale'))
);
--> statement-breakpoint
ALTER TABLE "payments"."stripe_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_intents_external_id_idx" ON "payments"."payment_intents" USING btree ("external_id");--> statement-breakpoint
CREATE POLICY "payment_intents_tenant" ON "payments"."payment_intents" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "stripe_events_tenant" ON "payments"."stripe_events" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);