import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { registerVariants } from '@nexova/inventory';
import { ConflictError, NotFoundError, newId, ValidationError } from '@nexova/kernel';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { productUpdated } from '../contracts/events/product-events.v1';
import type { Product } from '../contracts/product';
import {
  assertSkusFree,
  mapUniqueViolation,
  mustLoadProduct,
  productWithVariants,
  touchProduct,
} from '../db/product-store';
import { variants } from '../db/schema';

export type UpsertVariantInput = {
  productId: string;
  /** Absent: add a variant (sku and price required). Present: change that variant. */
  variantId?: string;
  sku?: string;
  options?: Record<string, string>;
  price?: number;
  remove?: boolean;
  expectedVersion?: number;
};

// Adds, changes or (soft-)removes one variant of a product; SKUs stay unique per workspace.
export async function upsertVariant({ ctx, input }: { ctx: AppContext; input: UpsertVariantInput }): Promise<Product> {
  if (!input.variantId && (!input.sku?.trim() || input.price === undefined))
    throw new ValidationError('A new variant needs a sku and a price.', [
      { pointer: input.sku?.trim() ? '/price' : '/sku', in: 'body', message: 'is required' },
    ]);
  return withTransaction(ctx, async (t) => {
    const product = await mustLoadProduct(t, input.productId, true);
    const ws = product.workspaceId;
    if (input.sku) await assertSkusFree(t, [{ sku: input.sku.trim(), pointer: '/sku' }], input.variantId);
    if (!input.variantId) {
      const variantId = newId();
      await t.tx
        .insert(variants)
        .values({
          id: variantId,
          workspaceId: ws,
          productId: product.id,
          sku: (input.sku ?? '').trim(),
          options: input.options ?? {},
          priceMinor: input.price ?? 0,
        })
        .catch(mapUniqueViolation);
      await registerVariants({ ctx: t, input: { variantIds: [variantId] } });
    } else {
      const where = and(
        eq(variants.workspaceId, ws),
        eq(variants.productId, product.id),
        eq(variants.id, input.variantId),
        isNull(variants.deletedAt),
      );
      const [current] = await t.tx.select().from(variants).where(where).for('update');
      if (!current) throw new NotFoundError(`Variant ${input.variantId} was not found.`, { code: 'variant_not_found' });
      if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
        throw new ConflictError(`Variant changed since version ${input.expectedVersion} (now ${current.version}).`, {
          code: 'version_mismatch',
        });
      await t.tx
        .update(variants)
        .set({
          sku: input.sku?.trim() ?? current.sku,
          options: input.options ?? current.options,
          priceMinor: input.price ?? current.priceMinor,
          deletedAt: input.remove ? new Date() : null,
          version: sql`${variants.version} + 1`,
          updatedAt: new Date(),
        })
        .where(where)
        .catch(mapUniqueViolation);
    }
    await touchProduct(t, product);
    const changed = input.remove ? ['variants.removed'] : input.variantId ? ['variants.updated'] : ['variants.added'];
    await publish(t, productUpdated, {
      aggregateId: product.id,
      payload: { product_id: product.id, version: product.version + 1, changed },
    });
    return productWithVariants(t, product.id);
  });
}
