import type pg from 'pg';

/**
 * Fills every workspace table of the given schemas with `copies` copies of its rows, each in a
 * workspace of its own (new `id` and `workspace_id`), so the planner sees tables where one
 * workspace is a small fraction — as at 1,000 workspaces — instead of a few rows, where a walk of
 * the primary key costs nothing and hides a missing index. Foreign keys are not checked for the
 * copies (`session_replication_role = replica`, as a bulk loader does); unique indexes still are,
 * which the fresh ids and workspaces satisfy. Returns the number of rows each table received.
 */
export async function cloneIntoOtherWorkspaces(
  client: pg.Client,
  schemas: string[],
  copies: number,
): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ table_schema: string; table_name: string; has_id: boolean }>(
    `select c.table_schema, c.table_name, bool_or(c.column_name = 'id' and c.data_type = 'uuid') as has_id
       from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = any($1) and t.table_type = 'BASE TABLE'
      group by c.table_schema, c.table_name
     having bool_or(c.column_name = 'workspace_id' and c.data_type = 'uuid')`,
    [schemas],
  );
  const filled: Record<string, number> = {};
  await client.query('begin');
  try {
    await client.query('set local session_replication_role = replica');
    for (const { table_schema, table_name, has_id } of tables) {
      const name = `"${table_schema}"."${table_name}"`;
      const fresh = has_id
        ? `jsonb_build_object('id', gen_random_uuid(), 'workspace_id', gen_random_uuid())`
        : `jsonb_build_object('workspace_id', gen_random_uuid())`;
      const result = await client.query(
        `insert into ${name}
           select (jsonb_populate_record(null::${name}, to_jsonb(r) || ${fresh})).*
             from ${name} r, generate_series(1, $1)`,
        [copies],
      );
      filled[`${table_schema}.${table_name}`] = result.rowCount ?? 0;
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  await client.query('analyze');
  return filled;
}
