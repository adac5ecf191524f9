import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { ConflictError, newId, ValidationError } from '@nexova/kernel';
import type { Category } from '../contracts/product';
import { categories } from '../db/schema';
import { slugify } from '../domain/fold';

export type CreateCategoryInput = { name: string };

// Adds a product category; 409 when one with the same slug exists.
export async function createCategory({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CreateCategoryInput;
}): Promise<Category> {
  const name = input.name.trim();
  const slug = slugify(name);
  if (!slug)
    throw new ValidationError('The category name is empty.', [
      { pointer: '/name', in: 'body', message: 'needs letters or digits' },
    ]);
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .insert(categories)
      .values({ id: newId(), workspaceId: workspaceOf(t), name, slug })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ConflictError(`A category "${slug}" exists.`, { code: 'category_exists' });
    return { id: row.id, name: row.name, slug: row.slug, version: row.version };
  });
}
