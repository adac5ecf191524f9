CREATE SCHEMA "agent";
--> statement-breakpoint
CREATE TABLE "agent"."sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"state" text DEFAULT 'idle' NOT NULL,
	"draft_order_id" uuid,
	"failed_turns" integer DEFAULT 0 NOT NULL,
	"locale" text,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_state" CHECK ("agent"."sessions"."state" in ('idle', 'collecting_order', 'needs_details', 'awaiting_confirmation', 'executing', 'done', 'handoff'))
);
--> statement-breakpoint
ALTER TABLE "agent"."sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agent"."settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"permissions" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agent"."settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agent"."tool_executions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"inbound_message_id" uuid NOT NULL,
	"tool" text NOT NULL,
	"call_index" integer NOT NULL,
	"input" jsonb NOT NULL,
	"output" jsonb,
	"error" jsonb,
	"duration_ms" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agent"."tool_executions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agent"."turns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"inbound_message_id" uuid NOT NULL,
	"reply_message_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agent"."turns" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_workspace_id_conversation_id_index" ON "agent"."sessions" USING btree ("workspace_id","conversation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tool_executions_workspace_id_inbound_message_id_tool_call_index_index" ON "agent"."tool_executions" USING btree ("workspace_id","inbound_message_id","tool","call_index");--> statement-breakpoint
CREATE UNIQUE INDEX "turns_workspace_id_inbound_message_id_index" ON "agent"."turns" USING btree ("workspace_id","inbound_message_id");--> statement-breakpoint
CREATE POLICY "sessions_tenant" ON "agent"."sessions" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "settings_tenant" ON "agent"."settings" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tool_executions_tenant" ON "agent"."tool_executions" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "turns_tenant" ON "agent"."turns" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);