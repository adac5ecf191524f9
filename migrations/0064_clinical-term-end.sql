-- hand-written below
-- The end of the clinical term (Lei 13.787/2018): the people whose clinical record's term has passed —
-- their last clinical activity (a profile change, a note, an attachment) is older than the cutoff, or
-- their workspace's own (`overrides`: {workspace_id: cutoff}) — whose personal key was already shredded
-- (erased) and whose health key was not yet. The retention run (run as the app role, outside any
-- workspace) shreds each one's health key under RLS (clinic/use-cases/end-clinical-terms.ts). It reads
-- the keyring's shredded marks, the one column of privacy.person_keys it needs, and returns only ids.
CREATE OR REPLACE FUNCTION clinic.clinical_terms_ended(cutoff timestamptz, max_rows integer, overrides jsonb DEFAULT '{}'::jsonb)
RETURNS TABLE (workspace_id uuid, person_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT a.workspace_id, a.person_id FROM (
    SELECT p.workspace_id, p.person_id, greatest(p.created_at, p.updated_at) AS at FROM clinic.patients p
    UNION ALL
    SELECT n.workspace_id, p.person_id, n.created_at FROM clinic.notes n
      JOIN clinic.patients p ON p.workspace_id = n.workspace_id AND p.id = n.patient_id
    UNION ALL
    SELECT f.workspace_id, p.person_id, f.created_at FROM clinic.attachments f
      JOIN clinic.patients p ON p.workspace_id = f.workspace_id AND p.id = f.patient_id
  ) a
  WHERE EXISTS (SELECT 1 FROM privacy.person_keys k WHERE k.workspace_id = a.workspace_id
                  AND k.person_id = a.person_id AND k.purpose = 'personal' AND k.shredded_at IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM privacy.person_keys k WHERE k.workspace_id = a.workspace_id
                  AND k.person_id = a.person_id AND k.purpose = 'health' AND k.shredded_at IS NOT NULL)
  GROUP BY a.workspace_id, a.person_id
  HAVING max(a.at) < coalesce((overrides ->> a.workspace_id::text)::timestamptz, cutoff)
  ORDER BY 1, 2
  LIMIT max_rows
$$;
