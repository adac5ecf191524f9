-- Access control (issue 9, section 4).
-- 1. events.outbox and events.timers hold workspace data (event and timer payloads): row-level
--    security. The system loops (relay, consumers, timers, sweepers, realtime feed) run with no
--    app.workspace_id and see every row; a transaction inside workspace A sees only A's rows.
-- 2. http.idempotency_keys: a record without a workspace is visible only outside any workspace
--    (it was visible to every tenant).
-- 3. tenancy.workspace_is_live: API-key resolution refuses keys of a deleted workspace.
ALTER TABLE "events"."outbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "events"."timers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "outbox_workspace" ON "events"."outbox" AS PERMISSIVE FOR ALL TO public USING (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "timers_workspace" ON "events"."timers" AS PERMISSIVE FOR ALL TO public USING (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (nullif(current_setting('app.workspace_id', true), '') is null or workspace_id is null or workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
ALTER POLICY "idempotency_keys_workspace" ON "http"."idempotency_keys" TO public USING (workspace_id is not distinct from nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id is not distinct from nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
-- Whether a workspace exists and is not deleted. API-key resolution asks it before any workspace
-- context exists (row-level security would hide the row); SECURITY DEFINER, and it answers only
-- that boolean about the one id given.
CREATE OR REPLACE FUNCTION "tenancy"."workspace_is_live"(p_workspace_id uuid)
RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT EXISTS (SELECT 1 FROM "tenancy"."workspaces" w WHERE w.id = p_workspace_id AND w.deleted_at IS NULL)
$$;
