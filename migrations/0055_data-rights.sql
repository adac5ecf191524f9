CREATE SCHEMA "data_rights";
--> statement-breakpoint
CREATE TABLE "data_rights"."consent_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"version" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "data_rights"."consent_history" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "data_rights"."consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"legal_basis" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "data_rights"."consents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "consent_history_person_idx" ON "data_rights"."consent_history" USING btree ("workspace_id","person_id","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consents_person_purpose_idx" ON "data_rights"."consents" USING btree ("workspace_id","person_id","purpose");--> statement-breakpoint
CREATE POLICY "consent_history_tenant" ON "data_rights"."consent_history" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "consents_tenant" ON "data_rights"."consents" AS PERMISSIVE FOR ALL TO public USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);