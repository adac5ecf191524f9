import { type AppContext, type TxContext, withTransaction, workspaceOf } from '@nexova/db';
import { assertCanGrant, assertKnownGrants } from '@nexova/http';
import { assertExpectedVersion } from '@nexova/kernel';
import { eq, sql } from 'drizzle-orm';
import { settings } from '../db/schema';
import { DEFAULT_AGENT_PERMISSIONS } from '../tools/registry';

export type AgentSettingsView = {
  permissions: string[];
  default_permissions: string[];
  monthly_token_budget: number | null;
  default_monthly_token_budget: number | null;
  version: number;
  updated_at: string | null;
};

type Row = typeof settings.$inferSelect;

/** The workspace's monthly token budget: its own when set, else the config's default (null: unlimited). */
export const budgetOf = (row: Row | undefined, defaultBudget: number | null): number | null =>
  row?.budget ? row.budget.monthly_tokens : defaultBudget;

const toView = (row: Row | undefined, defaultBudget: number | null): AgentSettingsView => ({
  permissions: row ? row.permissions : [...DEFAULT_AGENT_PERMISSIONS],
  default_permissions: [...DEFAULT_AGENT_PERMISSIONS],
  monthly_token_budget: budgetOf(row, defaultBudget),
  default_monthly_token_budget: defaultBudget,
  version: row?.version ?? 0,
  updated_at: row ? row.updatedAt.toISOString() : null,
});

export async function settingsRow(t: TxContext): Promise<Row | undefined> {
  const [row] = await t.tx
    .select()
    .from(settings)
    .where(eq(settings.workspaceId, workspaceOf(t)));
  return row;
}

/** AGENT_MONTHLY_TOKEN_BUDGET (unset: null, unlimited). */
export type GetAgentSettingsInput = { defaultBudget?: number | null };

// The agent's role in the workspace (the grants its tools run with; no row: what the tools need) and its monthly token budget.
export async function getAgentSettings({
  ctx,
  input,
}: {
  ctx: AppContext;
  input?: GetAgentSettingsInput;
}): Promise<AgentSettingsView> {
  return withTransaction(ctx, async (t) => toView(await settingsRow(t), input?.defaultBudget ?? null));
}

export type PutAgentSettingsInput = {
  permissions: string[];
  /** Tokens a month; null = unlimited; undefined = keep the current one. */
  monthlyTokenBudget?: number | null;
  defaultBudget?: number | null;
  expectedVersion?: number;
};

// Replaces the agent's grants: declared permissions (else 422) the caller holds (else 403) — the
// same rules as a role's. A tool whose permission is no longer covered is refused from the next
// turn. A budget given replaces the workspace's (the config's default until then).
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
    const budget =
      input.monthlyTokenBudget === undefined ? (current?.budget ?? null) : { monthly_tokens: input.monthlyTokenBudget };
    const [row] = await t.tx
      .insert(settings)
      .values({ workspaceId, permissions, budget })
      .onConflictDoUpdate({
        target: settings.workspaceId,
        set: { permissions, budget, version: sql`${settings.version} + 1`, updatedAt: now },
      })
      .returning();
    return toView(row, input.defaultBudget ?? null);
  });
}
