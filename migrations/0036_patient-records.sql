CREATE SCHEMA "patient_records";
--> statement-breakpoint
CREATE TABLE "patient_records"."appointments" (
	"workspace_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"patient_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "appointments_workspace_id_appointment_id_pk" PRIMARY KEY("workspace_id","appointment_id")
);
--> statement-breakpoint
ALTER TABLE "patient_records"."appointments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "patient_records"."invoices" (
	"workspace_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"total_minor" bigint NOT NULL,
	"voided_at" timestamp with time zone,
	CONSTRAINT "invoices_workspace_id_invoice_id_pk" PRIMARY KEY("workspace_id","invoice_id")
);
--> statement-breakpoint
ALTER TABLE "patient_records"."invoices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "patient_records"."payments" (
	"workspace_id" uuid NOT NULL,
	"payment_id" uuid NOT NULL,
	"invoice_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"reversed_at" timestamp with time zone,
	CONSTRAINT "payments_workspace_id_payment_id_pk" PRIMARY KEY("workspace_id","payment_id")
);
--> statement-breakpoint
ALTER TABLE "patient_records"."payments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "appointments_workspace_id_patient_id_starts_at_index" ON "patient_records"."appointments" USING btree ("workspace_id","patient_id","starts_at");--> statement-breakpoint
CREATE INDEX "invoices_workspace_id_patient_id_index" ON "patient_records"."invoices" USING btree ("workspace_id","patient_id");--> statement-breakpoint
CREATE INDEX "payments_workspace_id_patient_id_index" ON "patient_records"."payments" USING btree ("workspace_id","patient_id");--> statement-breakpoint
CREATE POLICY "pr_appointments_tenant" ON "patient_records"."appointments" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "pr_invoices_tenant" ON "patient_records"."invoices" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "pr_payments_tenant" ON "patient_records"."payments" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);