CREATE TABLE "conversations"."message_media" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"message_id" uuid,
	"channel_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"status" text NOT NULL,
	"source" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"error" text,
	"file_key" text,
	"content_type" text,
	"size" integer,
	"sha256" text,
	"filename" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_direction" CHECK ("conversations"."message_media"."direction" in ('inbound', 'outbound')),
	CONSTRAINT "media_status" CHECK ("conversations"."message_media"."status" in ('pending', 'downloading', 'stored', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "conversations"."message_media" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "message_media_message_idx" ON "conversations"."message_media" USING btree ("workspace_id","message_id");--> statement-breakpoint
CREATE INDEX "message_media_due_idx" ON "conversations"."message_media" USING btree ("workspace_id","next_attempt_at") WHERE status in ('pending', 'downloading');--> statement-breakpoint
CREATE INDEX "message_media_workspace_id_id_index" ON "conversations"."message_media" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE POLICY "message_media_tenant" ON "conversations"."message_media" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
-- hand-written below
-- The workspaces with inbound media due to download; only ids cross the RLS boundary.
CREATE OR REPLACE FUNCTION conversations.workspaces_with_due_media(due_before timestamptz, max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT DISTINCT m.workspace_id FROM conversations.message_media m
  WHERE m.status IN ('pending', 'downloading') AND m.next_attempt_at <= due_before
  LIMIT max_rows
$$;
