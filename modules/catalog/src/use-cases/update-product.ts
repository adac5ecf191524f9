import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { productUpdated } from '../contracts/events/product-events.v1';
import type { Product } from '../contracts/product';
import { assertCategory, mustLoadProduct, productWithVariants, touchProduct } from '../db/product-store';
import { products } from '../db/schema';

export type UpdateProductInput = {
  productId: string;
  name?: string;
  description?: string | null;
  categoryId?: string | null;
  status?: 'draft' | 'active' | 'archived';
  /** Optimistic concurrency (If-Match): 409 when the product changed since this version. */
  expectedVersion?: number;
};

// Changes a product's own fields (variants have their own use-cases).
export async function updateProduct({ ctx, input }: { ctx: AppContext; input: UpdateProductInput }): Promise<Product> {
  return withTransaction(ctx, async (t) => {
    const current = await mustLoadProduct(t, input.productId, true);
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
      throw new ConflictError(`Product changed since version ${input.expectedVersion} (now ${current.version}).`, {
        code: 'version_mismatch',
      });
    if (input.categoryId !== undefined) await assertCategory(t, input.categoryId);
    const next = {
      name: input.name?.trim() ?? current.name,
      description: input.description === undefined ? current.description : input.description,
      categoryId: input.categoryId === undefined ? current.categoryId : input.categoryId,
      status: input.status ?? current.status,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== current[k]);
    if (changed.length === 0) return productWithVariants(t, current.id);
    await t.tx
      .update(products)
      .set(next)
      .where(and(eq(products.workspaceId, current.workspaceId), eq(products.id, current.id)));
    await touchProduct(t, { ...current, ...next });
    await publish(t, productUpdated, {
      aggregateId: current.id,
      payload: { product_id: current.id, version: current.version + 1, changed },
    });
    return productWithVariants(t, current.id);
  });
}
