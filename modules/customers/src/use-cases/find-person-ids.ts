import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { personMatches } from '../db/person-search';
import { customers } from '../db/schema';

export type FindPersonIdsInput = { q: string; limit: number };

// Ids of living people matching a search (newest first, at most `limit`): what another module's
// list (patients) filters its own rows by, without reading this module's tables.
export async function findPersonIds({ ctx, input }: { ctx: AppContext; input: FindPersonIdsInput }): Promise<string[]> {
  return withTransaction(ctx, async (t) => {
    const matches = await personMatches(t, input.q);
    const rows = await t.tx
      .select({ id: customers.id })
      .from(customers)
      .where(
        and(
          eq(customers.workspaceId, workspaceOf(t)),
          isNull(customers.deletedAt),
          eq(customers.status, 'active'),
          matches,
        ),
      )
      .orderBy(desc(customers.id))
      .limit(input.limit);
    return rows.map((r) => r.id);
  });
}
