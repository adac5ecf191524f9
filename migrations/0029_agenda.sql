CREATE SCHEMA "agenda";
--> statement-breakpoint
CREATE TABLE "agenda"."appointment_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda"."appointment_history" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agenda"."appointments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"professional_id" uuid NOT NULL,
	"resource_id" uuid,
	"patient_id" uuid,
	"status" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"notes" text,
	"cancel_reason" text,
	"canceled_by" text,
	"rescheduled_from_id" uuid,
	"rescheduled_to_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_range" CHECK ("agenda"."appointments"."starts_at" < "agenda"."appointments"."ends_at")
);
--> statement-breakpoint
ALTER TABLE "agenda"."appointments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agenda"."availability_exceptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"owner_kind" text,
	"owner_id" uuid,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exceptions_range" CHECK ("agenda"."availability_exceptions"."starts_at" < "agenda"."availability_exceptions"."ends_at")
);
--> statement-breakpoint
ALTER TABLE "agenda"."availability_exceptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agenda"."availability_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rules_weekday" CHECK ("agenda"."availability_rules"."weekday" between 1 and 7),
	CONSTRAINT "rules_minutes" CHECK ("agenda"."availability_rules"."start_minute" >= 0 and "agenda"."availability_rules"."end_minute" <= 1440 and "agenda"."availability_rules"."start_minute" < "agenda"."availability_rules"."end_minute")
);
--> statement-breakpoint
ALTER TABLE "agenda"."availability_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agenda"."professionals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"specialty_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"licence_number" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda"."professionals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agenda"."resources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kind" text DEFAULT 'room' NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda"."resources" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agenda"."services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"professional_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"resource_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"catalog_entry_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_duration_positive" CHECK ("agenda"."services"."duration_minutes" between 1 and 1440)
);
--> statement-breakpoint
ALTER TABLE "agenda"."services" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "appointment_history_workspace_id_appointment_id_id_index" ON "agenda"."appointment_history" USING btree ("workspace_id","appointment_id","id");--> statement-breakpoint
CREATE INDEX "appointments_workspace_id_professional_id_starts_at_index" ON "agenda"."appointments" USING btree ("workspace_id","professional_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_workspace_id_starts_at_index" ON "agenda"."appointments" USING btree ("workspace_id","starts_at");--> statement-breakpoint
CREATE INDEX "availability_exceptions_workspace_id_starts_at_index" ON "agenda"."availability_exceptions" USING btree ("workspace_id","starts_at");--> statement-breakpoint
CREATE INDEX "availability_rules_workspace_id_owner_kind_owner_id_index" ON "agenda"."availability_rules" USING btree ("workspace_id","owner_kind","owner_id");--> statement-breakpoint
CREATE INDEX "professionals_workspace_id_id_index" ON "agenda"."professionals" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "resources_workspace_id_id_index" ON "agenda"."resources" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "services_workspace_id_id_index" ON "agenda"."services" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE POLICY "appointment_history_tenant" ON "agenda"."appointment_history" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "appointments_tenant" ON "agenda"."appointments" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "availability_exceptions_tenant" ON "agenda"."availability_exceptions" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "availability_rules_tenant" ON "agenda"."availability_rules" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "professionals_tenant" ON "agenda"."professionals" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "resources_tenant" ON "agenda"."resources" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "services_tenant" ON "agenda"."services" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
-- hand-written below
-- No double booking, enforced by the database: two appointments or holds that occupy time (every
-- status but canceled, rescheduled, released and expired — FREEING_STATUSES in
-- modules/agenda/src/domain/appointment-status.ts) may not overlap for one professional or one
-- resource. btree_gist lets the uuid equality sit in the same GiST index as the range overlap; it is
-- a trusted extension (the database owner that runs migrations may create it) and PGlite loads it
-- from its contrib (packages/db/src/client.ts). A violation is SQLSTATE 23P01 → 409 slot_taken.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "agenda"."appointments" ADD CONSTRAINT "appointments_no_professional_overlap"
  EXCLUDE USING gist ("workspace_id" WITH =, "professional_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" NOT IN ('canceled', 'rescheduled', 'released', 'expired'));
--> statement-breakpoint
ALTER TABLE "agenda"."appointments" ADD CONSTRAINT "appointments_no_resource_overlap"
  EXCLUDE USING gist ("workspace_id" WITH =, "resource_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("resource_id" IS NOT NULL AND "status" NOT IN ('canceled', 'rescheduled', 'released', 'expired'));
