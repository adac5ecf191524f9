CREATE SCHEMA "orders";
--> statement-breakpoint
CREATE SCHEMA "payments";
--> statement-breakpoint
CREATE TABLE "orders"."lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"variant_id" uuid NOT NULL,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"unit_price" bigint NOT NULL,
	"quantity" integer NOT NULL,
	"line_total" bigint NOT NULL,
	CONSTRAINT "line_quantity" CHECK ("orders"."lines"."quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "orders"."lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "orders"."orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"customer_id" uuid,
	"currency" text NOT NULL,
	"subtotal" bigint NOT NULL,
	"shipping_fee" bigint DEFAULT 0 NOT NULL,
	"total" bigint NOT NULL,
	"delivery" jsonb,
	"notes" text,
	"reservation_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_status" CHECK ("orders"."orders"."status" in ('draft', 'confirmed', 'shipped', 'delivered', 'cancelled')),
	CONSTRAINT "order_money" CHECK ("orders"."orders"."subtotal" >= 0 and "orders"."orders"."shipping_fee" >= 0 and "orders"."orders"."total" >= 0),
	CONSTRAINT "order_currency" CHECK ("orders"."orders"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "orders"."orders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "orders"."status_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "orders"."status_history" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payments"."attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"payment_id" uuid NOT NULL,
	"file_key" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"filename" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payments"."attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payments"."order_accounts" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"paid" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_paid" CHECK ("payments"."order_accounts"."paid" >= 0)
);
--> statement-breakpoint
ALTER TABLE "payments"."order_accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "payments"."payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"method" text NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"reference" text,
	"note" text,
	"reversal_reason" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_amount" CHECK ("payments"."payments"."amount" > 0),
	CONSTRAINT "payment_method" CHECK ("payments"."payments"."method" in ('cash', 'transfer', 'card', 'stripe')),
	CONSTRAINT "payment_status" CHECK ("payments"."payments"."status" in ('registered', 'voided', 'refunded'))
);
--> statement-breakpoint
ALTER TABLE "payments"."payments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "orders"."lines" ADD CONSTRAINT "lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders"."status_history" ADD CONSTRAINT "status_history_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "orders"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments"."attachments" ADD CONSTRAINT "attachments_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "payments"."payments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lines_workspace_id_order_id_position_index" ON "orders"."lines" USING btree ("workspace_id","order_id","position");--> statement-breakpoint
CREATE INDEX "orders_workspace_id_id_index" ON "orders"."orders" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "orders_workspace_id_customer_id_id_index" ON "orders"."orders" USING btree ("workspace_id","customer_id","id");--> statement-breakpoint
CREATE INDEX "orders_workspace_id_status_id_index" ON "orders"."orders" USING btree ("workspace_id","status","id");--> statement-breakpoint
CREATE INDEX "orders_workspace_id_created_at_index" ON "orders"."orders" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "status_history_workspace_id_order_id_id_index" ON "orders"."status_history" USING btree ("workspace_id","order_id","id");--> statement-breakpoint
CREATE INDEX "attachments_workspace_id_payment_id_id_index" ON "payments"."attachments" USING btree ("workspace_id","payment_id","id");--> statement-breakpoint
CREATE INDEX "payments_workspace_id_order_id_id_index" ON "payments"."payments" USING btree ("workspace_id","order_id","id");--> statement-breakpoint
CREATE POLICY "lines_tenant" ON "orders"."lines" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "orders_tenant" ON "orders"."orders" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "status_history_tenant" ON "orders"."status_history" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "attachments_tenant" ON "payments"."attachments" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "order_accounts_tenant" ON "payments"."order_accounts" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "payments_tenant" ON "payments"."payments" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);