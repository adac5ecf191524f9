-- hand-written below
-- Customer addresses and notes are sealed with the person's data key like phone and e-mail: the
-- sealing backfill (customers/use-cases/seal-clear-addresses-notes.ts) also needs the workspaces that
-- still hold addresses or notes written in clear. An address is sealed whole (line1 tells), a note's
-- body starts with the sealed prefix. SECURITY DEFINER reads past RLS but returns only ids.
CREATE OR REPLACE FUNCTION customers.workspaces_with_clear_people(max_rows integer)
RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, customers
AS $$
  SELECT workspace_id FROM (
    SELECT workspace_id FROM customers.customers
    WHERE (phone IS NOT NULL AND phone NOT LIKE 'pd1.%') OR (email IS NOT NULL AND email NOT LIKE 'pd1.%')
    UNION
    SELECT workspace_id FROM customers.documents WHERE number_key IS NULL
    UNION
    SELECT workspace_id FROM customers.addresses WHERE line1 NOT LIKE 'pd1.%'
    UNION
    SELECT workspace_id FROM customers.notes WHERE body NOT LIKE 'pd1.%'
  ) due
  LIMIT max_rows
$$;
