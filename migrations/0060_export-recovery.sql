-- hand-written below
-- Interrupted exports (person exports, audit exports), past RLS: the recovery workers run outside any
-- workspace. A job still queued or running whose heartbeat is older than stale_before was left by a
-- process that stopped. Under max_attempts it is claimed for a resume (attempts + 1, heartbeat now,
-- running again); at max_attempts it is marked failed with the reason the API shows. SKIP LOCKED: two
-- workers never claim the same job. At most max_rows per call.
CREATE OR REPLACE FUNCTION data_rights.claim_stale_exports(stale_before timestamptz, max_attempts integer, max_rows integer)
RETURNS TABLE (id uuid, workspace_id uuid, resumed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  RETURN QUERY
  WITH stale AS (
    SELECT x.id FROM data_rights.exports x
    WHERE x.status IN ('queued', 'running') AND x.heartbeat_at < stale_before
    ORDER BY x.heartbeat_at LIMIT max_rows FOR UPDATE SKIP LOCKED
  )
  UPDATE data_rights.exports e SET
    heartbeat_at = now(),
    attempts = CASE WHEN e.attempts < max_attempts THEN e.attempts + 1 ELSE e.attempts END,
    status = CASE WHEN e.attempts < max_attempts THEN 'running' ELSE 'failed' END,
    finished_at = CASE WHEN e.attempts < max_attempts THEN NULL ELSE now() END,
    error = CASE WHEN e.attempts < max_attempts THEN NULL ELSE format(
      'Interrupted: the process running this export stopped (%s of %s attempts); ask for it again.',
      e.attempts, max_attempts) END
  FROM stale WHERE e.id = stale.id
  RETURNING e.id, e.workspace_id, e.status = 'running';
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit.claim_stale_exports(stale_before timestamptz, max_attempts integer, max_rows integer)
RETURNS TABLE (id uuid, workspace_id uuid, resumed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  RETURN QUERY
  WITH stale AS (
    SELECT x.id FROM audit.exports x
    WHERE x.status IN ('queued', 'running') AND x.heartbeat_at < stale_before
    ORDER BY x.heartbeat_at LIMIT max_rows FOR UPDATE SKIP LOCKED
  )
  UPDATE audit.exports e SET
    heartbeat_at = now(),
    attempts = CASE WHEN e.attempts < max_attempts THEN e.attempts + 1 ELSE e.attempts END,
    status = CASE WHEN e.attempts < max_attempts THEN 'running' ELSE 'failed' END,
    finished_at = CASE WHEN e.attempts < max_attempts THEN NULL ELSE now() END,
    error = CASE WHEN e.attempts < max_attempts THEN NULL ELSE format(
      'Interrupted: the process running this export stopped (%s of %s attempts); ask for it again.',
      e.attempts, max_attempts) END
  FROM stale WHERE e.id = stale.id
  RETURNING e.id, e.workspace_id, e.status = 'running';
END $$;
