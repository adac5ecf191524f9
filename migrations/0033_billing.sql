CREATE SCHEMA "billing";
--> statement-breakpoint
CREATE TABLE "billing"."invoice_counters" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "invoice_counter_positive" CHECK ("billing"."invoice_counters"."last_number" > 0)
);
--> statement-breakpoint
ALTER TABLE "billing"."invoice_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "billing"."invoice_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"catalog_entry_id" uuid,
	"appointment_id" uuid,
	"description" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" bigint NOT NULL,
	"discount_kind" text,
	"discount_value" bigint,
	"discount" bigint DEFAULT 0 NOT NULL,
	"tax" bigint DEFAULT 0 NOT NULL,
	"total" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "invoice_item_kind" CHECK ("billing"."invoice_items"."kind" in ('catalog', 'appointment', 'free')),
	CONSTRAINT "invoice_item_quantity" CHECK ("billing"."invoice_items"."quantity" > 0),
	CONSTRAINT "invoice_item_price" CHECK ("billing"."invoice_items"."unit_price" >= 0),
	CONSTRAINT "invoice_item_discount_kind" CHECK ("billing"."invoice_items"."discount_kind" in ('amount', 'percent'))
);
--> statement-breakpoint
ALTER TABLE "billing"."invoice_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "billing"."invoices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"number" integer,
	"currency" text NOT NULL,
	"discount_kind" text,
	"discount_value" bigint,
	"tax_rate_bp" integer DEFAULT 0 NOT NULL,
	"subtotal" bigint DEFAULT 0 NOT NULL,
	"discount" bigint DEFAULT 0 NOT NULL,
	"tax" bigint DEFAULT 0 NOT NULL,
	"total" bigint DEFAULT 0 NOT NULL,
	"paid" bigint DEFAULT 0 NOT NULL,
	"notes" text,
	"issued_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"voided_at" timestamp with time zone,
	"void_reason" text,
	"voided_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoice_status" CHECK ("billing"."invoices"."status" in ('draft', 'issued', 'partially_paid', 'paid', 'void')),
	CONSTRAINT "invoice_paid" CHECK ("billing"."invoices"."paid" >= 0 and "billing"."invoices"."paid" <= "billing"."invoices"."total"),
	CONSTRAINT "invoice_discount_kind" CHECK ("billing"."invoices"."discount_kind" in ('amount', 'percent'))
);
--> statement-breakpoint
ALTER TABLE "billing"."invoices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "billing"."settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"tax_rate_bp" integer DEFAULT 0 NOT NULL,
	"tax_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settings_tax_rate" CHECK ("billing"."settings"."tax_rate_bp" between 0 and 10000)
);
--> statement-breakpoint
ALTER TABLE "billing"."settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "payments"."payments" DROP CONSTRAINT "payment_method";--> statement-breakpoint
ALTER TABLE "payments"."payments" ALTER COLUMN "order_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD COLUMN "invoice_id" uuid;--> statement-breakpoint
ALTER TABLE "billing"."invoice_items" ADD CONSTRAINT "invoice_items_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "billing"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_items_position_key" ON "billing"."invoice_items" USING btree ("workspace_id","invoice_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_workspace_number_key" ON "billing"."invoices" USING btree ("workspace_id","number");--> statement-breakpoint
CREATE INDEX "invoices_patient_idx" ON "billing"."invoices" USING btree ("workspace_id","patient_id","id");--> statement-breakpoint
CREATE INDEX "payments_invoice_idx" ON "payments"."payments" USING btree ("workspace_id","invoice_id","id") WHERE invoice_id is not null;--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD CONSTRAINT "payment_payable" CHECK (("payments"."payments"."order_id" is null) <> ("payments"."payments"."invoice_id" is null));--> statement-breakpoint
ALTER TABLE "payments"."payments" ADD CONSTRAINT "payment_method" CHECK ("payments"."payments"."method" in ('cash', 'transfer', 'card', 'stripe', 'pix'));--> statement-breakpoint
CREATE POLICY "invoice_counters_tenant" ON "billing"."invoice_counters" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "invoice_items_tenant" ON "billing"."invoice_items" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "invoices_tenant" ON "billing"."invoices" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "settings_tenant" ON "billing"."settings" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);