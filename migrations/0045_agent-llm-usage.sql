CREATE TABLE "agent"."usage" (
	"workspace_id" uuid NOT NULL,
	"month" text NOT NULL,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"input_tokens" bigint DEFAULT 0 NOT NULL,
	"output_tokens" bigint DEFAULT 0 NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usage_workspace_id_month_provider_model_pk" PRIMARY KEY("workspace_id","month","provider","model"),
	CONSTRAINT "usage_month" CHECK ("agent"."usage"."month" ~ '^[0-9]{4}-[0-9]{2}$')
);
--> statement-breakpoint
ALTER TABLE "agent"."usage" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "agent"."settings" ADD COLUMN "budget" jsonb;--> statement-breakpoint
ALTER TABLE "agent"."turns" ADD COLUMN "status" text DEFAULT 'done' NOT NULL;--> statement-breakpoint
ALTER TABLE "agent"."turns" ADD COLUMN "claimed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "agent"."turns" ADD COLUMN "brain" text;--> statement-breakpoint
ALTER TABLE "agent"."turns" ADD COLUMN "input_tokens" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "agent"."turns" ADD COLUMN "output_tokens" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "turns_due_index" ON "agent"."turns" USING btree ("workspace_id","claimed_at") WHERE "agent"."turns"."status" <> 'done';--> statement-breakpoint
ALTER TABLE "agent"."turns" ADD CONSTRAINT "turn_status" CHECK ("agent"."turns"."status" in ('queued', 'thinking', 'done'));--> statement-breakpoint
CREATE POLICY "usage_tenant" ON "agent"."usage" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
-- hand-written below
-- The workspaces with agent turns to answer (queued, or thinking since before stale_before: their
-- worker died); only ids cross the RLS boundary. The turns worker then claims inside each workspace.
CREATE OR REPLACE FUNCTION agent.workspaces_with_due_turns(stale_before timestamptz, max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT DISTINCT t.workspace_id FROM agent.turns t
  WHERE t.status = 'queued' OR (t.status = 'thinking' AND t.claimed_at < stale_before)
  LIMIT max_rows
$$;
