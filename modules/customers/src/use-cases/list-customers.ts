import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Customer } from '../contracts/customer';
import { withAddresses } from '../db/address-store';
import { customers } from '../db/schema';
import { foldText } from '../domain/search-text';

export type ListCustomersInput = { q?: string; limit?: number; cursor?: string; includeMerged?: boolean };

// Customers newest first; `q` searches name, email and phone tolerating accents and typos (trigrams).
export async function listCustomers({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListCustomersInput;
}): Promise<Page<Customer>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  const q = input.q ? foldText(input.q) : '';
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [
      eq(customers.workspaceId, workspaceOf(t)),
      isNull(customers.deletedAt),
      keysetAfterId(customers.id, after, 'desc'),
    ];
    if (!input.includeMerged) filters.push(eq(customers.status, 'active'));
    if (q) {
      const digits = q.replace(/\D/g, '');
      filters.push(
        sql`(${customers.searchText} like ${`%${q}%`} or word_similarity(${q}, ${customers.searchText}) >= 0.45${
          digits.length >= 4 ? sql` or ${customers.searchText} like ${`%${digits}%`}` : sql``
        })`,
      );
    }
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
