-- Every workspace request checks the caller's membership. Under row-level security that took a
-- transaction of its own (BEGIN, set_config, the query, COMMIT: four round trips); this function
-- answers in one. It runs as its owner (bypassing RLS) and so filters explicitly: only the row of
-- the given user in the given live workspace, never anything else.
CREATE OR REPLACE FUNCTION "tenancy"."membership_grants"(p_user_id uuid, p_workspace_id uuid)
RETURNS TABLE (permissions text[], role_id uuid, system_key text)
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT r.permissions, r.id, r.system_key
  FROM "tenancy"."members" m
  JOIN "tenancy"."roles" r ON r.id = m.role_id AND r.workspace_id = m.workspace_id
  JOIN "tenancy"."workspaces" w ON w.id = m.workspace_id
  WHERE m.workspace_id = p_workspace_id
    AND m.user_id = p_user_id
    AND m.status = 'active'
    AND w.deleted_at IS NULL
$$;
