// The application never queries as the superuser or the tables' owner: it switches to this role,
// so PostgreSQL's row-level security applies to everything it does. Roles are cluster-wide, so
// creation tolerates a concurrent creator (parallel test databases on one server).

type Exec = (statement: string) => Promise<unknown>;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function ensureAppRole(exec: Exec, role: string): Promise<void> {
  const r = quoteIdent(role);
  const literal = role.replace(/'/g, "''");
  await exec(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${literal}') THEN
      CREATE ROLE ${r} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END $$`);
  // A non-superuser migrator needs membership to SET ROLE; a superuser already has it.
  await exec(`DO $$ BEGIN
    EXECUTE format('GRANT %I TO %I', '${literal}', current_user);
  EXCEPTION WHEN others THEN NULL;
  END $$`);
}

/** Tables the app role may only INSERT into and SELECT from. */
const APPEND_ONLY = ['audit.entries'];

/** Grants the app role DML on every application schema, and read-only access to the migration log. */
export async function grantAppRole(exec: Exec, role: string): Promise<void> {
  const r = quoteIdent(role);
  await exec(`DO $$ DECLARE s text; BEGIN
    FOR s IN SELECT nspname FROM pg_namespace
      WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'drizzle')
        AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'
    LOOP
      EXECUTE format('GRANT USAGE ON SCHEMA %I TO ${r}', s);
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO ${r}', s);
      EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO ${r}', s);
      EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO ${r}', s);
    END LOOP;
    -- Partitions are reached only through their parent (its grants and row-level security).
    FOR s IN SELECT format('%I.%I', n.nspname, c.relname) FROM pg_inherits i
      JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_class p ON p.oid = i.inhparent WHERE p.relkind = 'p'
    LOOP
      EXECUTE format('REVOKE ALL ON %s FROM ${r}', s);
    END LOOP;
    -- Append-only tables (the audit trail): the app may add and read rows, never change or remove them.
    FOR s IN SELECT unnest(ARRAY[${APPEND_ONLY.map((t) => `'${t}'`).join(', ')}]) LOOP
      IF to_regclass(s) IS NOT NULL THEN EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM ${r}', s); END IF;
    END LOOP;
    IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'drizzle') THEN
      GRANT USAGE ON SCHEMA drizzle TO ${r};
      GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${r};
    END IF;
  END $$`);
}

export function setRoleStatement(role: string): string {
  return `SET ROLE ${quoteIdent(role)}`;
}
