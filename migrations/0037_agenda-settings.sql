CREATE TABLE "agenda"."settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"reminders_enabled" boolean DEFAULT true NOT NULL,
	"reminder_minutes_before" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settings_reminder_minutes" CHECK ("agenda"."settings"."reminder_minutes_before" between 1 and 20160)
);
--> statement-breakpoint
ALTER TABLE "agenda"."settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "settings_tenant" ON "agenda"."settings" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);