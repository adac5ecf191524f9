CREATE SCHEMA "clinic";
--> statement-breakpoint
CREATE TABLE "clinic"."attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
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
ALTER TABLE "clinic"."attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "clinic"."notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"body" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clinic"."notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "clinic"."patients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"birth_date" date,
	"sex" text,
	"gender" text,
	"allergies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conditions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"alert_flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emergency_contact" jsonb,
	"status" text DEFAULT 'active' NOT NULL,
	"merged_into" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_status" CHECK ("clinic"."patients"."status" in ('active', 'merged')),
	CONSTRAINT "patient_sex" CHECK ("clinic"."patients"."sex" is null or "clinic"."patients"."sex" in ('female', 'male', 'intersex', 'unknown'))
);
--> statement-breakpoint
ALTER TABLE "clinic"."patients" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "customers"."documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"type" text NOT NULL,
	"country" text NOT NULL,
	"number" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_country" CHECK ("customers"."documents"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
ALTER TABLE "customers"."documents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "clinic"."attachments" ADD CONSTRAINT "attachments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "clinic"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic"."notes" ADD CONSTRAINT "notes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "clinic"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers"."documents" ADD CONSTRAINT "documents_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "customers"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_workspace_id_patient_id_id_index" ON "clinic"."attachments" USING btree ("workspace_id","patient_id","id");--> statement-breakpoint
CREATE INDEX "notes_workspace_id_patient_id_id_index" ON "clinic"."notes" USING btree ("workspace_id","patient_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "patients_person_active_idx" ON "clinic"."patients" USING btree ("workspace_id","person_id") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "patients_workspace_id_id_index" ON "clinic"."patients" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "patients_workspace_id_person_id_index" ON "clinic"."patients" USING btree ("workspace_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_number_idx" ON "customers"."documents" USING btree ("workspace_id","type","number");--> statement-breakpoint
CREATE INDEX "documents_workspace_id_customer_id_index" ON "customers"."documents" USING btree ("workspace_id","customer_id");--> statement-breakpoint
CREATE INDEX "documents_workspace_id_number_index" ON "customers"."documents" USING btree ("workspace_id","number");--> statement-breakpoint
CREATE POLICY "patient_attachments_tenant" ON "clinic"."attachments" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "patient_notes_tenant" ON "clinic"."notes" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "patients_tenant" ON "clinic"."patients" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "documents_tenant" ON "customers"."documents" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);