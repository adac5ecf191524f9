import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, eq, isNull } from 'drizzle-orm';
import { productDeleted } from '../contracts/events/product-events.v1';
import { mustLoadProduct } from '../db/product-store';
import { products, variants } from '../db/schema';

export type DeleteProductInput = { productId: string };

// Soft-deletes a product and its variants (their SKUs become free); orders keep their own snapshot.
export async function deleteProduct({ ctx, input }: { ctx: AppContext; input: DeleteProductInput }): Promise<void> {
  await withTransaction(ctx, async (t) => {
    const current = await mustLoadProduct(t, input.productId, true);
    const now = new Date();
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
    await t.tx
      .update(products)
      .set({ deletedAt: now, version: current.version + 1, updatedAt: now })
      .where(and(eq(products.workspaceId, current.workspaceId), eq(products.id, current.id)));
    await publish(t, productDeleted, {
      aggregateId: current.id,
      payload: { product_id: current.id, version: current.version + 1 },
    });
  });
}
