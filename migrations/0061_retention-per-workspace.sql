-- hand-written below
-- Per-workspace retention of the purged classes (PUT /retention): each purge function takes, beside the
-- default cutoff, `overrides` — {workspace_id: cutoff} for the workspaces that set their own days — and
-- removes a row when it is older than its workspace's cutoff. `latest` (the latest of all cutoffs) keeps
-- the created_at range bounded. Otherwise as in 0057/0058: never pending work, at most max_rows per call,
-- files handed to the file-deletion worker. The two-argument forms go (a default would make calls ambiguous).
DROP FUNCTION IF EXISTS webhooks.purge_deliveries(timestamptz, integer);
--> statement-breakpoint
DROP FUNCTION IF EXISTS notifications.purge_feed(timestamptz, integer);
--> statement-breakpoint
DROP FUNCTION IF EXISTS conversations.purge_messages(timestamptz, integer);
--> statement-breakpoint
DROP FUNCTION IF EXISTS data_rights.purge_exports(timestamptz, integer);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION webhooks.purge_deliveries(cutoff timestamptz, max_rows integer, overrides jsonb DEFAULT '{}'::jsonb)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE n integer; latest timestamptz;
BEGIN
  SELECT greatest(cutoff, max(e.v::timestamptz)) INTO latest FROM jsonb_each_text(overrides) AS e(k, v);
  latest := coalesce(latest, cutoff);
  DELETE FROM webhooks.deliveries d WHERE d.id IN (
    SELECT x.id FROM webhooks.deliveries x
    WHERE x.status <> 'pending' AND x.created_at < latest
      AND x.created_at < coalesce((overrides ->> x.workspace_id::text)::timestamptz, cutoff)
    ORDER BY x.created_at LIMIT max_rows);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION notifications.purge_feed(cutoff timestamptz, max_rows integer, overrides jsonb DEFAULT '{}'::jsonb)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE n integer; m integer; latest timestamptz;
BEGIN
  SELECT greatest(cutoff, max(e.v::timestamptz)) INTO latest FROM jsonb_each_text(overrides) AS e(k, v);
  latest := coalesce(latest, cutoff);
  DELETE FROM notifications.items i WHERE i.id IN (
    SELECT x.id FROM notifications.items x
    WHERE x.created_at < latest
      AND x.created_at < coalesce((overrides ->> x.workspace_id::text)::timestamptz, cutoff)
    ORDER BY x.created_at LIMIT max_rows);
  GET DIAGNOSTICS n = ROW_COUNT;
  DELETE FROM notifications.mails m0 WHERE m0.id IN (
    SELECT x.id FROM notifications.mails x
    WHERE x.status <> 'pending' AND x.created_at < latest
      AND x.created_at < coalesce((overrides ->> x.workspace_id::text)::timestamptz, cutoff)
    ORDER BY x.created_at LIMIT max_rows);
  GET DIAGNOSTICS m = ROW_COUNT;
  RETURN n + m;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION conversations.purge_messages(cutoff timestamptz, max_rows integer, overrides jsonb DEFAULT '{}'::jsonb)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  ids uuid[];
  n integer;
  latest timestamptz;
BEGIN
  SELECT greatest(cutoff, max(e.v::timestamptz)) INTO latest FROM jsonb_each_text(overrides) AS e(k, v);
  latest := coalesce(latest, cutoff);
  SELECT coalesce(array_agg(s.id), '{}') INTO ids FROM (
    SELECT x.id FROM conversations.messages x
    WHERE x.created_at < latest AND x.status NOT IN ('queued', 'sending')
      AND x.created_at < coalesce((overrides ->> x.workspace_id::text)::timestamptz, cutoff)
    ORDER BY x.created_at LIMIT max_rows) s;
  INSERT INTO files.deletions (workspace_id, key)
    SELECT m.workspace_id, m.file_key FROM conversations.message_media m
    WHERE m.message_id = ANY(ids) AND m.file_key IS NOT NULL
    ON CONFLICT DO NOTHING;
  DELETE FROM conversations.message_media m WHERE m.message_id = ANY(ids);
  DELETE FROM conversations.messages x WHERE x.id = ANY(ids);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION data_rights.purge_exports(cutoff timestamptz, max_rows integer, overrides jsonb DEFAULT '{}'::jsonb)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  ids uuid[];
  n integer;
  latest timestamptz;
BEGIN
  SELECT greatest(cutoff, max(e.v::timestamptz)) INTO latest FROM jsonb_each_text(overrides) AS e(k, v);
  latest := coalesce(latest, cutoff);
  SELECT coalesce(array_agg(s.id), '{}') INTO ids FROM (
    SELECT x.id FROM data_rights.exports x
    WHERE x.created_at < latest AND x.status IN ('completed', 'failed')
      AND x.created_at < coalesce((overrides ->> x.workspace_id::text)::timestamptz, cutoff)
    ORDER BY x.created_at LIMIT max_rows) s;
  INSERT INTO files.deletions (workspace_id, key)
    SELECT e.workspace_id, e.file_key FROM data_rights.exports e
    WHERE e.id = ANY(ids) AND e.file_key IS NOT NULL
    ON CONFLICT DO NOTHING;
  DELETE FROM data_rights.exports e WHERE e.id = ANY(ids);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
