CREATE SCHEMA "privacy";
--> statement-breakpoint
CREATE TABLE "privacy"."person_keys" (
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"workspace_key_version" integer NOT NULL,
	"wrapped_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"shredded_at" timestamp with time zone,
	CONSTRAINT "person_keys_workspace_id_person_id_pk" PRIMARY KEY("workspace_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "privacy"."person_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "privacy"."workspace_keys" (
	"workspace_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"wrapped_key" text NOT NULL,
	"wrapped_index_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "workspace_keys_workspace_id_version_pk" PRIMARY KEY("workspace_id","version")
);
--> statement-breakpoint
ALTER TABLE "privacy"."workspace_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "person_keys_workspace_id_workspace_key_version_index" ON "privacy"."person_keys" USING btree ("workspace_id","workspace_key_version") WHERE wrapped_key is not null;--> statement-breakpoint
CREATE POLICY "person_keys_tenant" ON "privacy"."person_keys" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "workspace_keys_tenant" ON "privacy"."workspace_keys" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);