import type { Database } from '@nexova/db';
import { retentionPolicies } from '../db/schema';
import type { RetentionClass } from './retention-classes';

/**
 * The workspaces that set their own days for a class: {workspace id: days}. Read outside any
 * workspace (the retention worker), where the policies' RLS shows every workspace's row.
 */
export async function retentionOverrides(db: Database, cls: RetentionClass): Promise<Record<string, number>> {
  const rows = await db.select().from(retentionPolicies);
  const out: Record<string, number> = {};
  for (const row of rows) {
    const days = row.days[cls];
    if (typeof days === 'number') out[row.workspaceId] = days;
  }
  return out;
}
