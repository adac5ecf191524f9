-- Lookups that must run before a workspace is known, so row-level security (which needs
-- app.workspace_id) would hide every row. Each is SECURITY DEFINER (runs as the tables' owner) and
-- returns only what the caller is entitled to: the hash of a secret it presents, or its own user id.
-- search_path is pinned so a caller cannot shadow the objects used inside.

-- An API key by the SHA-256 of the presented key: its id and workspace (the rest is read under RLS).
CREATE FUNCTION identity.find_api_key(p_key_hash text)
RETURNS TABLE (id uuid, workspace_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT k.id, k.workspace_id FROM identity.api_keys k WHERE k.key_hash = p_key_hash
$$;--> statement-breakpoint

-- An invitation by the SHA-256 of its token: its id and workspace.
CREATE FUNCTION tenancy.find_invitation(p_token_hash text)
RETURNS TABLE (id uuid, workspace_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT i.id, i.workspace_id FROM tenancy.invitations i WHERE i.token_hash = p_token_hash
$$;--> statement-breakpoint

-- The live workspaces where a user is an active member (GET /workspaces), with the role name.
CREATE FUNCTION tenancy.user_workspaces(p_user_id uuid)
RETURNS TABLE (id uuid, name text, slug text, settings jsonb, created_at timestamptz, updated_at timestamptz, role_name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT w.id, w.name, w.slug, w.settings, w.created_at, w.updated_at, r.name
  FROM tenancy.members m
  JOIN tenancy.workspaces w ON w.id = m.workspace_id
  JOIN tenancy.roles r ON r.id = m.role_id
  WHERE m.user_id = p_user_id AND m.status = 'active' AND w.deleted_at IS NULL
  ORDER BY w.created_at
$$;
