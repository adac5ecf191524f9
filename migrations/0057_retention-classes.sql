-- hand-written below
-- Retention of settled webhook deliveries (their attempts cascade) and of the notifications feed and
-- settled notification e-mails. The retention worker runs as the app role outside any workspace, where
-- RLS shows no tenant row; these SECURITY DEFINER functions delete past RLS, only rows older than the
-- cutoff and never pending work, at most max_rows per call, and return how many they removed.
CREATE OR REPLACE FUNCTION webhooks.purge_deliveries(cutoff timestamptz, max_rows integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE n integer;
BEGIN
  DELETE FROM webhooks.deliveries d WHERE d.id IN (
    SELECT x.id FROM webhooks.deliveries x
    WHERE x.status <> 'pending' AND x.created_at < cutoff ORDER BY x.created_at LIMIT max_rows);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION notifications.purge_feed(cutoff timestamptz, max_rows integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE n integer; m integer;
BEGIN
  DELETE FROM notifications.items i WHERE i.id IN (
    SELECT x.id FROM notifications.items x WHERE x.created_at < cutoff ORDER BY x.created_at LIMIT max_rows);
  GET DIAGNOSTICS n = ROW_COUNT;
  DELETE FROM notifications.mails m0 WHERE m0.id IN (
    SELECT x.id FROM notifications.mails x
    WHERE x.status <> 'pending' AND x.created_at < cutoff ORDER BY x.created_at LIMIT max_rows);
  GET DIAGNOSTICS m = ROW_COUNT;
  RETURN n + m;
END $$;
