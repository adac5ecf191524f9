import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { eq } from 'drizzle-orm';
import { settings } from '../db/schema';
import { DEFAULT_AGENT_PERMISSIONS } from '../tools/registry';

/**
 * The agent's role in the workspace: the grants its tools run with. An admin sets them
 * (PUT /agent/settings); until then, exactly what the tools need (DEFAULT_AGENT_PERMISSIONS).
 */
export async function getAgentPermissions({ ctx }: { ctx: AppContext; input?: undefined }): Promise<string[]> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(settings)
      .where(eq(settings.workspaceId, workspaceOf(t)));
    return row ? row.permissions : [...DEFAULT_AGENT_PERMISSIONS];
  });
}
