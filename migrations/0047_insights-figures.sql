CREATE SCHEMA "insights";
--> statement-breakpoint
CREATE TABLE "insights"."checkouts" (
	"workspace_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	CONSTRAINT "checkouts_workspace_id_order_id_pk" PRIMARY KEY("workspace_id","order_id")
);
--> statement-breakpoint
ALTER TABLE "insights"."checkouts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "insights"."hourly" (
	"workspace_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"currency" text NOT NULL,
	"orders_placed" integer DEFAULT 0 NOT NULL,
	"sales_minor" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "hourly_workspace_id_hour_currency_pk" PRIMARY KEY("workspace_id","hour","currency")
);
--> statement-breakpoint
ALTER TABLE "insights"."hourly" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "checkouts_completed_idx" ON "insights"."checkouts" USING btree ("workspace_id","completed_at") WHERE completed_at is not null;--> statement-breakpoint
CREATE POLICY "checkouts_tenant" ON "insights"."checkouts" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "hourly_tenant" ON "insights"."hourly" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);