CREATE TABLE "agenda"."queue_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"queue_kind" text NOT NULL,
	"queue_owner_id" uuid,
	"day" date NOT NULL,
	"status" text NOT NULL,
	"appointment_id" uuid,
	"patient_id" uuid,
	"name" text,
	"service_id" uuid,
	"professional_id" uuid,
	"resource_id" uuid,
	"duration_minutes" integer NOT NULL,
	"notes" text,
	"joined_at" timestamp with time zone NOT NULL,
	"called_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queue_entries_kind" CHECK ("agenda"."queue_entries"."queue_kind" in ('professional', 'resource', 'general')),
	CONSTRAINT "queue_entries_status" CHECK ("agenda"."queue_entries"."status" in ('waiting', 'called', 'in_service', 'done', 'left', 'no_show')),
	CONSTRAINT "queue_entries_duration" CHECK ("agenda"."queue_entries"."duration_minutes" between 1 and 1440)
);
--> statement-breakpoint
ALTER TABLE "agenda"."queue_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agenda"."appointment_series" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"rrule" text NOT NULL,
	"timezone" text NOT NULL,
	"mode" text NOT NULL,
	"service_id" uuid NOT NULL,
	"professional_id" uuid NOT NULL,
	"resource_id" uuid,
	"patient_id" uuid NOT NULL,
	"first_starts_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda"."appointment_series" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agenda"."series_appointments" (
	"workspace_id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"occurrence" integer NOT NULL,
	"appointment_id" uuid NOT NULL,
	CONSTRAINT "series_appointments_workspace_id_series_id_occurrence_pk" PRIMARY KEY("workspace_id","series_id","occurrence")
);
--> statement-breakpoint
ALTER TABLE "agenda"."series_appointments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "queue_entries_workspace_id_queue_kind_queue_owner_id_day_id_index" ON "agenda"."queue_entries" USING btree ("workspace_id","queue_kind","queue_owner_id","day","id");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_entries_appointment" ON "agenda"."queue_entries" USING btree ("workspace_id","appointment_id");--> statement-breakpoint
CREATE INDEX "appointment_series_workspace_id_id_index" ON "agenda"."appointment_series" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "series_appointments_workspace_id_appointment_id_index" ON "agenda"."series_appointments" USING btree ("workspace_id","appointment_id");--> statement-breakpoint
CREATE POLICY "queue_entries_tenant" ON "agenda"."queue_entries" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "appointment_series_tenant" ON "agenda"."appointment_series" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "series_appointments_tenant" ON "agenda"."series_appointments" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);