CREATE SCHEMA "http";
--> statement-breakpoint
CREATE TABLE "http"."idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"workspace_id" uuid,
	"fingerprint" text NOT NULL,
	"status" integer NOT NULL,
	"headers" jsonb NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
ALTER TABLE "http"."idempotency_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_at_index" ON "http"."idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
CREATE POLICY "idempotency_keys_workspace" ON "http"."idempotency_keys" AS PERMISSIVE FOR ALL TO public USING (workspace_id is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);