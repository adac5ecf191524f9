DROP INDEX "customers"."documents_workspace_id_number_index";--> statement-breakpoint
ALTER TABLE "customers"."customers" ADD COLUMN "email_key" text;--> statement-breakpoint
ALTER TABLE "customers"."customers" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "customers"."documents" ADD COLUMN "number_key" text;--> statement-breakpoint
CREATE INDEX "customers_workspace_id_email_key_index" ON "customers"."customers" USING btree ("workspace_id","email_key");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_number_key_idx" ON "customers"."documents" USING btree ("workspace_id","number_key");--> statement-breakpoint
-- hand-written below
-- Which workspaces still hold people or documents stored in clear (written before encryption at rest):
-- the sealing backfill (customers/use-cases/seal-clear-people.ts), which runs as the app role without a
-- workspace, then seals each one under RLS. SECURITY DEFINER reads past RLS but returns only ids.
CREATE OR REPLACE FUNCTION customers.workspaces_with_clear_people(max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, customers
AS $$
  SELECT workspace_id FROM (
    SELECT workspace_id FROM customers.customers
    WHERE (phone IS NOT NULL AND phone NOT LIKE 'pd1.%') OR (email IS NOT NULL AND email NOT LIKE 'pd1.%')
    UNION
    SELECT workspace_id FROM customers.documents WHERE number_key IS NULL
  ) due
  LIMIT max_rows
$$;
--> statement-breakpoint
-- The workspaces that have personal-data keys: `nexova privacy rotate-keys` (run as the app role
-- without a workspace) rotates each one under RLS. SECURITY DEFINER reads past RLS but returns only ids.
CREATE OR REPLACE FUNCTION privacy.workspaces_with_keys()
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, privacy
AS $$
  SELECT DISTINCT workspace_id FROM privacy.workspace_keys ORDER BY 1
$$;
