-- One round trip for what took two at the start of every idempotent POST: the transaction-scoped
-- advisory lock of (scope, key) — false when another transaction holds it — and then the live
-- record, if any. plpgsql runs each statement of a VOLATILE function with a new snapshot, so the
-- lookup still sees a record committed while the lock was being taken. SECURITY INVOKER: the
-- caller's row-level security applies as before.
CREATE OR REPLACE FUNCTION "http"."claim_idempotency_key"(p_scope text, p_key text)
RETURNS TABLE (locked boolean, fingerprint text, status integer, headers jsonb, body text)
LANGUAGE plpgsql
VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  got boolean := pg_try_advisory_xact_lock(hashtext(p_scope), hashtext(p_key));
BEGIN
  RETURN QUERY
    SELECT got, k.fingerprint, k.status, k.headers, k.body
    FROM "http"."idempotency_keys" k
    WHERE k.scope = p_scope AND k.key = p_key AND k.expires_at > now();
  IF NOT FOUND THEN
    RETURN QUERY SELECT got, NULL::text, NULL::integer, NULL::jsonb, NULL::text;
  END IF;
END $$;
