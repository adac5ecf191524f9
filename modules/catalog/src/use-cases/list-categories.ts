import { type AppContext, withTransaction } from '@nexova/db';
import { asc, eq } from 'drizzle-orm';
import type { Category } from '../contracts/product';
import { workspaceOf } from '../db/product-store';
import { categories } from '../db/schema';

// Every category of the workspace, by name.
export async function listCategories({ ctx }: { ctx: AppContext }): Promise<{ items: Category[] }> {
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(categories)
      .where(eq(categories.workspaceId, workspaceOf(t)))
      .orderBy(asc(categories.name));
    return { items: rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug })) };
  });
}
