-- hand-written below
-- Which workspaces still hold clinical rows written in clear before encryption at rest: the clinic's
-- sealing backfill (clinic/use-cases/seal-clear-records.ts), which runs as the app role without a
-- workspace, then seals each one under RLS. Same tests as the use-case: a clinical field that is a JSON
-- value other than a sealed string (a JSON null emergency contact holds nothing), a note body or an
-- attachment name without the sealed prefix. SECURITY DEFINER reads past RLS but returns only ids.
CREATE OR REPLACE FUNCTION clinic.workspaces_with_clear_records(max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, clinic
AS $$
  SELECT workspace_id FROM (
    SELECT workspace_id FROM clinic.patients
    WHERE jsonb_typeof(allergies) <> 'string' OR jsonb_typeof(conditions) <> 'string'
       OR jsonb_typeof(alert_flags) <> 'string' OR jsonb_typeof(emergency_contact) NOT IN ('string', 'null')
    UNION
    SELECT workspace_id FROM clinic.notes WHERE body NOT LIKE 'pd1.%'
    UNION
    SELECT workspace_id FROM clinic.attachments WHERE filename IS NOT NULL AND filename NOT LIKE 'pd1.%'
  ) due
  LIMIT max_rows
$$;
