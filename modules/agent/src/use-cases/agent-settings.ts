import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { assertCanGrant, assertKnownGrants } from '@nexova/http';
import { assertExpectedVersion } from '@nexova/kernel';
import { eq, sql } from 'drizzle-orm';
import { settings } from '../db/schema';
import { DEFAULT_AGENT_PERMISSIONS } from '../tools/registry';

export type AgentSettingsView = {
  permissions: string[];
  default_permissions: string[];
  version: number;
  updated_at: string | null;
};

const toView = (row: typeof settings.$inferSelect | undefined): AgentSettingsView => ({
  permissions: row ? row.permissions : [...DEFAULT_AGENT_PERMISSIONS],
  default_permissions: [...DEFAULT_AGENT_PERMISSIONS],
  version: row?.version ?? 0,
  updated_at: row ? row.updatedAt.toISOString() : null,
});

// The agent's role in the workspace: the grants its tools run with (no row: what the tools need).
export async function getAgentSettings({ ctx }: { ctx: AppContext; input?: undefined }): Promise<AgentSettingsView> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(settings)
      .where(eq(settings.workspaceId, workspaceOf(t)));
    return toView(row);
  });
}

export type PutAgentSettingsInput = { permissions: string[]; expectedVersion?: number };

// Replaces the agent's grants: declared permissions (else 422) the caller holds (else 403) — the
// same rules as a role's. A tool whose permission is no longer covered is refused from the next turn.
export async function putAgentSettings({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: PutAgentSettingsInput;
}): Promise<AgentSettingsView> {
  const permissions = [...new Set(input.permissions)].sort();
  assertKnownGrants(permissions, '/permissions');
  assertCanGrant(ctx.permissions ?? [], permissions, '/permissions', { indexed: true });
  return withTransaction(ctx, async (t) => {
    const workspaceId = workspaceOf(t);
    const [current] = await t.tx.select().from(settings).where(eq(settings.workspaceId, workspaceId)).for('update');
    assertExpectedVersion(current?.version ?? 0, input.expectedVersion, "The agent's settings");
    const now = new Date();
    const [row] = await t.tx
      .insert(settings)
      .values({ workspaceId, permissions })
      .onConflictDoUpdate({
        target: settings.workspaceId,
        set: { permissions, version: sql`${settings.version} + 1`, updatedAt: now },
      })
      .returning();
    return toView(row);
  });
}
