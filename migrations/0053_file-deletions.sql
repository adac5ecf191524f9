CREATE SCHEMA "files";
--> statement-breakpoint
CREATE TABLE "files"."deletions" (
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deletions_workspace_id_key_pk" PRIMARY KEY("workspace_id","key")
);
--> statement-breakpoint
ALTER TABLE "files"."deletions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "deletions_workspace" ON "files"."deletions" AS PERMISSIVE FOR ALL TO public USING (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);