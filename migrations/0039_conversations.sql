CREATE SCHEMA "conversations";
--> statement-breakpoint
CREATE TABLE "conversations"."channels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"settings" jsonb NOT NULL,
	"secrets" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_kind" CHECK ("conversations"."channels"."kind" in ('simulator', 'meta', 'infobip')),
	CONSTRAINT "channel_status" CHECK ("conversations"."channels"."status" in ('active', 'disabled'))
);
--> statement-breakpoint
ALTER TABLE "conversations"."channels" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "conversations"."conversations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"contact_address" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"assignee_id" uuid,
	"unread_count" integer DEFAULT 0 NOT NULL,
	"last_message_at" timestamp with time zone,
	"last_message_preview" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_status" CHECK ("conversations"."conversations"."status" in ('open', 'pending', 'resolved'))
);
--> statement-breakpoint
ALTER TABLE "conversations"."conversations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "conversations"."messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"status" text NOT NULL,
	"author_type" text NOT NULL,
	"author_id" text,
	"kind" text NOT NULL,
	"text" text,
	"content" jsonb NOT NULL,
	"provider_message_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_direction" CHECK ("conversations"."messages"."direction" in ('inbound', 'outbound')),
	CONSTRAINT "message_status" CHECK ("conversations"."messages"."status" in ('received', 'queued', 'sending', 'sent', 'delivered', 'read', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "conversations"."messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "conversations"."webhook_inbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"body_sha256" text NOT NULL,
	"payload" jsonb NOT NULL,
	"processed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations"."webhook_inbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "channels_workspace_id_id_index" ON "conversations"."channels" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_person_channel_idx" ON "conversations"."conversations" USING btree ("workspace_id","channel_id","person_id");--> statement-breakpoint
CREATE INDEX "conversations_workspace_id_id_index" ON "conversations"."conversations" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_provider_id_idx" ON "conversations"."messages" USING btree ("workspace_id","channel_id","provider_message_id") WHERE provider_message_id is not null;--> statement-breakpoint
CREATE INDEX "messages_workspace_id_conversation_id_id_index" ON "conversations"."messages" USING btree ("workspace_id","conversation_id","id");--> statement-breakpoint
CREATE INDEX "messages_due_idx" ON "conversations"."messages" USING btree ("workspace_id","next_attempt_at") WHERE status in ('queued', 'sending');--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_inbox_body_idx" ON "conversations"."webhook_inbox" USING btree ("workspace_id","channel_id","body_sha256");--> statement-breakpoint
CREATE POLICY "channels_tenant" ON "conversations"."channels" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "conversations_tenant" ON "conversations"."conversations" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "messages_tenant" ON "conversations"."messages" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "webhook_inbox_tenant" ON "conversations"."webhook_inbox" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
-- hand-written below
-- A provider's webhook names only its channel: the channel's workspace, found before any workspace is
-- known (row-level security would hide it); only ids and the kind cross the RLS boundary.
CREATE OR REPLACE FUNCTION conversations.find_channel(p_channel_id uuid)
RETURNS TABLE (workspace_id uuid, kind text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT c.workspace_id, c.kind FROM conversations.channels c WHERE c.id = p_channel_id
$$;--> statement-breakpoint
-- The workspaces with outbound messages due to send; only ids cross the RLS boundary.
CREATE OR REPLACE FUNCTION conversations.workspaces_with_due_messages(due_before timestamptz, max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT DISTINCT m.workspace_id FROM conversations.messages m
  WHERE m.status IN ('queued', 'sending') AND m.next_attempt_at <= due_before
  LIMIT max_rows
$$;
