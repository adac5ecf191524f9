CREATE TABLE "data_rights"."exports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"sections_total" integer DEFAULT 0 NOT NULL,
	"sections_done" integer DEFAULT 0 NOT NULL,
	"file_key" text,
	"size" integer,
	"sha256" text,
	"error" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "data_rights"."exports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "exports_workspace_id_person_id_id_index" ON "data_rights"."exports" USING btree ("workspace_id","person_id","id");--> statement-breakpoint
CREATE POLICY "exports_tenant" ON "data_rights"."exports" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);