CREATE SCHEMA "notifications";
--> statement-breakpoint
CREATE TABLE "notifications"."items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"source_event_id" uuid NOT NULL,
	"source_event_type" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications"."items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications"."mails" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"audience" text DEFAULT 'member' NOT NULL,
	"recipient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source_event_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_status" CHECK ("notifications"."mails"."status" in ('pending', 'sent', 'failed')),
	CONSTRAINT "mail_audience" CHECK ("notifications"."mails"."audience" in ('member', 'customer'))
);
--> statement-breakpoint
ALTER TABLE "notifications"."mails" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications"."preferences" (
	"workspace_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"channels" jsonb NOT NULL,
	"locale" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preferences_workspace_id_user_id_pk" PRIMARY KEY("workspace_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "notifications"."preferences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications"."settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"channels" jsonb NOT NULL,
	"customer_channels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notifications"."settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "items_event_user_idx" ON "notifications"."items" USING btree ("workspace_id","source_event_id","user_id");--> statement-breakpoint
CREATE INDEX "items_feed_idx" ON "notifications"."items" USING btree ("workspace_id","user_id","id");--> statement-breakpoint
CREATE INDEX "items_unread_idx" ON "notifications"."items" USING btree ("workspace_id","user_id","id") WHERE read_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "mails_event_recipient_idx" ON "notifications"."mails" USING btree ("workspace_id","source_event_id","audience","recipient_id");--> statement-breakpoint
CREATE INDEX "mails_due_idx" ON "notifications"."mails" USING btree ("workspace_id","next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE POLICY "items_tenant" ON "notifications"."items" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "mails_tenant" ON "notifications"."mails" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "preferences_tenant" ON "notifications"."preferences" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "settings_tenant" ON "notifications"."settings" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);
--> statement-breakpoint
-- hand-written below
-- The workspaces with notification e-mails due to send; only ids cross the RLS boundary.
CREATE OR REPLACE FUNCTION notifications.workspaces_with_due_mails(due_before timestamptz, max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT DISTINCT m.workspace_id FROM notifications.mails m
  WHERE m.status = 'pending' AND m.next_attempt_at <= due_before
  LIMIT max_rows
$$;
--> statement-breakpoint
-- Every member may read their own notifications: every existing role whose grants do not cover
-- notifications:read yet ('*', '*:read', 'notifications:*') gains it (the built-in Staff role too).
UPDATE "tenancy"."roles" SET "permissions" = array_append("permissions", 'notifications:read'), "version" = "version" + 1
WHERE NOT ("permissions" && ARRAY['*', '*:read', 'notifications:*', 'notifications:read']::text[]);
