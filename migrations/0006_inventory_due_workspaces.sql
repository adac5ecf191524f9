-- Custom (drizzle-kit cannot express functions): lets the reservation sweeper, which runs as the
-- non-superuser app role without a workspace, learn WHICH workspaces have overdue reservations so it
-- can sweep each one under RLS. SECURITY DEFINER reads past RLS but returns only workspace ids.
CREATE OR REPLACE FUNCTION inventory.workspaces_with_due_reservations(due_before timestamptz, max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, inventory
AS $$
  SELECT DISTINCT workspace_id FROM inventory.reservations
  WHERE status = 'active' AND expires_at <= due_before
  LIMIT max_rows
$$;
