import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Category } from '../contracts/product';
import { categories } from '../db/schema';

export type ListCategoriesInput = { limit?: number; cursor?: string };

// The workspace's categories by name (then id), a page at a time.
export async function listCategories({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListCategoriesInput;
}): Promise<Page<Category>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const filters: (SQL | undefined)[] = [eq(categories.workspaceId, workspaceOf(t))];
    if (after) filters.push(sql`(${categories.name}, ${categories.id}) > (${String(after[0])}, ${String(after[1])})`);
    const rows = await t.tx
      .select()
      .from(categories)
      .where(and(...filters))
      .orderBy(asc(categories.name), asc(categories.id))
      .limit(limit + 1);
    return pageOf(
      rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, version: r.version })),
      limit,
      (c) => [c.name, c.id],
    );
  });
}
