import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { Category } from '../contracts/product';
import { categories } from '../db/schema';

export type GetCategoryInput = { categoryId: string };

// One category of the workspace (404 for another workspace's or an unknown id).
export async function getCategory({ ctx, input }: { ctx: AppContext; input: GetCategoryInput }): Promise<Category> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(categories)
      .where(and(eq(categories.workspaceId, workspaceOf(t)), eq(categories.id, input.categoryId)));
    if (!row) throw new NotFoundError(`Category ${input.categoryId} was not found.`, { code: 'category_not_found' });
    return { id: row.id, name: row.name, slug: row.slug, version: row.version };
  });
}
