import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { assertExpectedVersion } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
import { productDeleted } from '../contracts/events/product-events.v1';
import { mustLoadProduct, touchProduct } from '../db/product-store';
import { variants } from '../db/schema';

export type DeleteProductInput = {
  productId: string;
  /** Optimistic concurrency (If-Match): 412 when the product changed since this version. */
  expectedVersion?: number;
};

// Soft-deletes a product and its variants (their SKUs become free); orders keep their own snapshot.
export async function deleteProduct({ ctx, input }: { ctx: AppContext; input: DeleteProductInput }): Promise<void> {
  await withTransaction(ctx, async (t) => {
    const current = await mustLoadProduct(t, input.productId);
    assertExpectedVersion(current.version, input.expectedVersion, `Product ${current.id}`);
    const now = new Date();
    // The product row first: a concurrent writer makes this fail before any variant is touched.
    const deleted = await touchProduct(t, current, input.expectedVersion, { deletedAt: now });
    await t.tx
      .update(variants)
      .set({ deletedAt: now })
      .where(
        and(
          eq(variants.workspaceId, current.workspaceId),
          eq(variants.productId, current.id),
          isNull(variants.deletedAt),
        ),
      );
    await publish(t, productDeleted, {
      aggregateId: current.id,
      payload: { product_id: current.id, version: deleted.version },
    });
  });
}
