CREATE TABLE "conversations"."handoffs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"reason" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "handoff_kind" CHECK ("conversations"."handoffs"."kind" in ('requested', 'taken', 'returned')),
	CONSTRAINT "handoff_source" CHECK ("conversations"."handoffs"."source" in ('agent', 'keyword', 'failures', 'member'))
);
--> statement-breakpoint
ALTER TABLE "conversations"."handoffs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "conversations"."messages" DROP CONSTRAINT "message_status";--> statement-breakpoint
ALTER TABLE "conversations"."conversations" ADD COLUMN "handled_by" text DEFAULT 'agent' NOT NULL;--> statement-breakpoint
ALTER TABLE "conversations"."conversations" ADD COLUMN "handoff_requested_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "handoffs_workspace_id_conversation_id_id_index" ON "conversations"."handoffs" USING btree ("workspace_id","conversation_id","id");--> statement-breakpoint
ALTER TABLE "conversations"."conversations" ADD CONSTRAINT "conversation_handled_by" CHECK ("conversations"."conversations"."handled_by" in ('agent', 'member'));--> statement-breakpoint
ALTER TABLE "conversations"."messages" ADD CONSTRAINT "message_author_type" CHECK ("conversations"."messages"."author_type" in ('contact', 'member', 'agent', 'system'));--> statement-breakpoint
ALTER TABLE "conversations"."messages" ADD CONSTRAINT "message_status" CHECK ("conversations"."messages"."status" in ('received', 'queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'canceled'));--> statement-breakpoint
CREATE POLICY "handoffs_tenant" ON "conversations"."handoffs" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);