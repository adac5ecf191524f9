import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { registerVariants } from '@nexova/inventory';
import { assertExpectedVersion } from '@nexova/kernel';
import { productUpdated } from '../contracts/events/product-events.v1';
import type { Product } from '../contracts/product';
import { assertCategory, mustLoadProduct, productWithVariants, touchProduct } from '../db/product-store';
import { variantLabel } from '../domain/variant-label';

export type UpdateProductInput = {
  productId: string;
  name?: string;
  description?: string | null;
  categoryId?: string | null;
  status?: 'draft' | 'active' | 'archived';
  /** Optimistic concurrency (If-Match): 412 when the product changed since this version. */
  expectedVersion?: number;
};

// Changes a product's own fields (variants have their own use-cases). The write is conditioned on
// the version read, so a concurrent change makes it fail (409/412) instead of being overwritten.
export async function updateProduct({ ctx, input }: { ctx: AppContext; input: UpdateProductInput }): Promise<Product> {
  return withTransaction(ctx, async (t) => {
    const current = await mustLoadProduct(t, input.productId);
    assertExpectedVersion(current.version, input.expectedVersion, `Product ${current.id}`);
    if (input.categoryId !== undefined) await assertCategory(t, input.categoryId);
    const next = {
      name: input.name?.trim() ?? current.name,
      description: input.description === undefined ? current.description : input.description,
      categoryId: input.categoryId === undefined ? current.categoryId : input.categoryId,
      status: input.status ?? current.status,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== current[k]);
    if (changed.length === 0) return productWithVariants(t, current.id);
    const updated = await touchProduct(t, current, input.expectedVersion, next);
    await publish(t, productUpdated, {
      aggregateId: current.id,
      payload: { product_id: current.id, version: updated.version, changed },
    });
    const result = await productWithVariants(t, current.id);
    // Inventory shows the product name next to each variant's stock.
    if (changed.includes('name'))
      await registerVariants({ ctx: t, input: { variants: result.variants.map((v) => variantLabel(v, result.name)) } });
    return result;
  });
}
