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
  // `fresh_keys`: uuid columns to give new values (`id`, and any other uuid primary key, e.g. a chain id).
  const { rows: tables } = await client.query<{ table_schema: string; table_name: string; fresh_keys: string[] }>(
    `select c.table_schema, c.table_name,
            coalesce(array_remove(array_agg(distinct c.column_name::text) filter (
              where c.data_type = 'uuid' and c.column_name <> 'workspace_id' and (c.column_name = 'id' or exists (
                select 1 from information_schema.key_column_usage k
                  join information_schema.table_constraints tc using (constraint_schema, constraint_name)
                 where tc.constraint_type = 'PRIMARY KEY' and k.table_schema = c.table_schema
                   and k.table_name = c.table_name and k.column_name = c.column_name))), null), '{}')::text[] as fresh_keys
       from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where c.table_schema = any($1) and t.table_type = 'BASE TABLE'
        -- A partition is filled through its parent (cloning both would copy the copies).
        and not exists (select 1 from pg_inherits i
                         where i.inhrelid = format('%I.%I', c.table_schema, c.table_name)::regclass)
      group by c.table_schema, c.table_name
     having bool_or(c.column_name = 'workspace_id' and c.data_type = 'uuid')`,
    [schemas],
  );
  const filled: Record<string, number> = {};
  await client.query('begin');
  try {
    await client.query('set local session_replication_role = replica');
    for (const { table_schema, table_name, fresh_keys } of tables) {
      const name = `"${table_schema}"."${table_name}"`;
      const keys = ['workspace_id', ...fresh_keys].map((k) => `'${k}', gen_random_uuid()`);
      const fresh = `jsonb_build_object(${keys.join(', ')})`;
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
