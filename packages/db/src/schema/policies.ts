import { type SQL, sql } from 'drizzle-orm';
import { pgPolicy } from 'drizzle-orm/pg-core';

// Row-level security policies, written once. withTransaction sets `app.workspace_id` and these
// compare against it; keeping the setting's name and the policy text in one place means a module
// cannot drift from what the transaction sets. The SQL text must stay byte for byte what the
// committed migrations hold (drizzle-kit would otherwise generate a migration).

/** The workspace the current transaction runs in (null outside any workspace). */
const scope = sql`nullif(current_setting('app.workspace_id', true), '')`;

/** `<column> = the transaction's workspace`: a row of another workspace, or any row outside one, is invisible. */
const ownWorkspace = (column: 'workspace_id' | 'id' = 'workspace_id'): SQL => sql`${sql.raw(column)} = ${scope}::uuid`;

/**
 * The policy of tenant data: read and write only the rows of the transaction's workspace.
 * `column` is `id` for the workspaces table itself.
 */
export const tenantPolicy = (name: string, column: 'workspace_id' | 'id' = 'workspace_id') =>
  pgPolicy(name, { for: 'all', using: ownWorkspace(column), withCheck: ownWorkspace(column) });

/**
 * For rows that may have no workspace (idempotency records of login or sign-up): a workspace's rows
 * only inside it, workspace-less rows only outside any workspace.
 */
export const sameWorkspacePolicy = (name: string) => {
  const same = sql`workspace_id is not distinct from ${scope}::uuid`;
  return pgPolicy(name, { for: 'all', using: same, withCheck: same });
};

/**
 * For platform logs that system loops read across workspaces (the outbox, timers): outside any
 * workspace every row; inside one only its rows. Writing a workspace-less row is allowed anywhere.
 */
export const systemLogPolicy = (name: string) =>
  pgPolicy(name, {
    for: 'all',
    using: sql`${scope} is null or workspace_id = ${scope}::uuid`,
    withCheck: sql`${scope} is null or workspace_id is null or workspace_id = ${scope}::uuid`,
  });

/**
 * For shared reference data with per-workspace rows beside it (clinical catalogs): every workspace
 * reads the workspace-less (global) rows and its own; it writes only its own. Global rows are
 * written only outside any workspace (platform operations, the shipped seed). Two policies: a
 * permissive `select` one and a `for all` one whose USING also bounds UPDATE and DELETE.
 */
export const globalOrTenantPolicies = (name: string) => [
  pgPolicy(`${name}_read`, { for: 'select', using: sql`workspace_id is null or workspace_id = ${scope}::uuid` }),
  pgPolicy(`${name}_write`, {
    for: 'all',
    using: sql`workspace_id is not distinct from ${scope}::uuid`,
    withCheck: sql`workspace_id is not distinct from ${scope}::uuid`,
  }),
];
