-- The idempotency sweeper deletes expired records of every workspace, which row-level security
-- hides from the application role. This function runs as its owner (who bypasses RLS) and can
-- only ever delete expired rows, in batches.
CREATE OR REPLACE FUNCTION "http"."sweep_idempotency_keys"(batch integer)
RETURNS integer
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  WITH expired AS (
    SELECT scope, key FROM "http"."idempotency_keys"
    WHERE expires_at < now()
    ORDER BY expires_at
    LIMIT batch
  ), deleted AS (
    DELETE FROM "http"."idempotency_keys" k
    USING expired e
    WHERE k.scope = e.scope AND k.key = e.key
    RETURNING 1
  )
  SELECT count(*)::integer FROM deleted
$$;
