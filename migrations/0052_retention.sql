CREATE TABLE "audit"."exports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"format" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"file_key" text,
	"size" integer,
	"sha256" text,
	"error" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "export_status" CHECK ("audit"."exports"."status" in ('queued', 'running', 'completed', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "audit"."exports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "exports_workspace_id_id_index" ON "audit"."exports" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE POLICY "exports_tenant" ON "audit"."exports" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);