import type { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { sameWorkspacePolicy, systemLogPolicy, tenantPolicy } from './policies';

const text = (q: ReturnType<typeof sql> | undefined) => (q ? new PgDialect().sqlToQuery(q).sql : undefined);
const scope = "nullif(current_setting('app.workspace_id', true), '')";

// The exact text matters: it is what the committed migrations hold, and drizzle-kit compares it.
describe('row-level security policies', () => {
  it('tenantPolicy: the workspace_id of the transaction, for reads and writes', () => {
    const policy = tenantPolicy('notes_tenant');
    expect(policy.name).toBe('notes_tenant');
    expect(policy.for).toBe('all');
    expect(text(policy.using)).toBe(`workspace_id = ${scope}::uuid`);
    expect(text(policy.withCheck)).toBe(`workspace_id = ${scope}::uuid`);
  });

  it('tenantPolicy on another column (the workspaces table compares its id)', () => {
    const policy = tenantPolicy('workspaces_tenant', 'id');
    expect(text(policy.using)).toBe(`id = ${scope}::uuid`);
    expect(text(policy.withCheck)).toBe(`id = ${scope}::uuid`);
  });

  it('sameWorkspacePolicy: workspace-less rows only outside a workspace', () => {
    const policy = sameWorkspacePolicy('keys_workspace');
    expect(policy.for).toBe('all');
    expect(text(policy.using)).toBe(`workspace_id is not distinct from ${scope}::uuid`);
    expect(text(policy.withCheck)).toBe(text(policy.using));
  });

  it('systemLogPolicy: everything outside a workspace, own rows inside, workspace-less writes anywhere', () => {
    const policy = systemLogPolicy('log_workspace');
    expect(text(policy.using)).toBe(`${scope} is null or workspace_id = ${scope}::uuid`);
    expect(text(policy.withCheck)).toBe(`${scope} is null or workspace_id is null or workspace_id = ${scope}::uuid`);
  });

  it('each call builds its own policy object (a policy belongs to one table)', () => {
    expect(tenantPolicy('a')).not.toBe(tenantPolicy('a'));
  });
});
