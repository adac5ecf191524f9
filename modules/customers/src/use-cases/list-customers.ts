import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Customer } from '../contracts/customer';
import { withAddresses } from '../db/address-store';
import { personMatches } from '../db/person-search';
import { customers } from '../db/schema';

export type ListCustomersInput = {
  q?: string;
  limit?: number;
  cursor?: string;
  includeMerged?: boolean;
  /** Country assumed for a phone searched without +code. */
  defaultRegion?: string;
};

// Customers newest first; `q` searches names tolerating accents and typos (trigrams), and phones,
// e-mails and identity documents by exact value (blind indexes: they are stored sealed).
export async function listCustomers({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListCustomersInput;
}): Promise<Page<Customer>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [
      eq(customers.workspaceId, workspaceOf(t)),
      isNull(customers.deletedAt),
      keysetAfterId(customers.id, after, 'desc'),
    ];
    if (!input.includeMerged) filters.push(eq(customers.status, 'active'));
    if (input.q?.trim()) filters.push(await personMatches(t, input.q, input.defaultRegion));
    const rows = await t.tx
      .select()
      .from(customers)
      .where(and(...filters))
      .orderBy(desc(customers.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    return { ...page, items: await withAddresses(t, page.items) };
  });
}
