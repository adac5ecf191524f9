-- hand-written below
-- Retention of conversation messages and of person exports, past RLS (the retention worker runs outside
-- any workspace). Messages created before the cutoff go with their media rows; the media files and the
-- export archives are handed to the file-deletion worker (files.deletions) in the same transaction.
-- Never a message still queued or being sent, never an export still running. At most max_rows per
-- call; returns how many messages (exports) went.
CREATE OR REPLACE FUNCTION conversations.purge_messages(cutoff timestamptz, max_rows integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  ids uuid[];
  n integer;
BEGIN
  SELECT coalesce(array_agg(s.id), '{}') INTO ids FROM (
    SELECT x.id FROM conversations.messages x
    WHERE x.created_at < cutoff AND x.status NOT IN ('queued', 'sending')
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
CREATE OR REPLACE FUNCTION data_rights.purge_exports(cutoff timestamptz, max_rows integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  ids uuid[];
  n integer;
BEGIN
  SELECT coalesce(array_agg(s.id), '{}') INTO ids FROM (
    SELECT x.id FROM data_rights.exports x
    WHERE x.created_at < cutoff AND x.status IN ('completed', 'failed')
    ORDER BY x.created_at LIMIT max_rows) s;
  INSERT INTO files.deletions (workspace_id, key)
    SELECT e.workspace_id, e.file_key FROM data_rights.exports e
    WHERE e.id = ANY(ids) AND e.file_key IS NOT NULL
    ON CONFLICT DO NOTHING;
  DELETE FROM data_rights.exports e WHERE e.id = ANY(ids);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
