CREATE TABLE "agenda"."appointment_reminders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"channel" text NOT NULL,
	"recipient" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda"."appointment_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_reminders_workspace_id_appointment_id_index" ON "agenda"."appointment_reminders" USING btree ("workspace_id","appointment_id");--> statement-breakpoint
CREATE POLICY "appointment_reminders_tenant" ON "agenda"."appointment_reminders" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);