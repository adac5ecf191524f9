import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { registerVariants } from '@nexova/inventory';
import { assertExpectedVersion, NotFoundError, newId, ValidationError, versionRaceLost } from '@nexova/kernel';
import { and, eq, isNull } from 'drizzle-orm';
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
import { variantLabel } from '../domain/variant-label';

export type UpsertVariantInput = {
  productId: string;
  /** Absent: add a variant (sku and price required). Present: change that variant. */
  variantId?: string;
  sku?: string;
  options?: Record<string, string>;
  price?: number;
  remove?: boolean;
  /** The variant's version the caller saw (body `expected_version`): 412 when it changed since. */
  expectedVersion?: number;
  /** The product's version the caller saw (If-Match: the product's ETag): 412 when it changed since. */
  expectedProductVersion?: number;
};

// Adds, changes or (soft-)removes one variant of a product; SKUs stay unique per workspace. Every
// write is conditioned on the versions read (variant and product): a concurrent change → 409/412.
export async function upsertVariant({ ctx, input }: { ctx: AppContext; input: UpsertVariantInput }): Promise<Product> {
  if (!input.variantId && (!input.sku?.trim() || input.price === undefined))
    throw new ValidationError('A new variant needs a sku and a price.', [
      { pointer: input.sku?.trim() ? '/price' : '/sku', in: 'body', message: 'is required' },
    ]);
  return withTransaction(ctx, async (t) => {
    const product = await mustLoadProduct(t, input.productId);
    assertExpectedVersion(product.version, input.expectedProductVersion, `Product ${product.id}`);
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
    } else {
      const where = and(
        eq(variants.workspaceId, ws),
        eq(variants.productId, product.id),
        eq(variants.id, input.variantId),
        isNull(variants.deletedAt),
      );
      const [current] = await t.tx.select().from(variants).where(where);
      if (!current) throw new NotFoundError(`Variant ${input.variantId} was not found.`, { code: 'variant_not_found' });
      assertExpectedVersion(current.version, input.expectedVersion, `Variant ${current.id}`);
      const [written] = await t.tx
        .update(variants)
        .set({
          sku: input.sku?.trim() ?? current.sku,
          options: input.options ?? current.options,
          priceMinor: input.price ?? current.priceMinor,
          deletedAt: input.remove ? new Date() : null,
          version: current.version + 1,
          updatedAt: new Date(),
        })
        .where(and(where, eq(variants.version, current.version)))
        .returning({ id: variants.id })
        .catch(mapUniqueViolation);
      if (!written) versionRaceLost(current.version, input.expectedVersion, `Variant ${current.id}`);
    }
    const touched = await touchProduct(t, product, input.expectedProductVersion);
    const changed = input.remove ? ['variants.removed'] : input.variantId ? ['variants.updated'] : ['variants.added'];
    await publish(t, productUpdated, {
      aggregateId: product.id,
      payload: { product_id: product.id, version: touched.version, changed },
    });
    const result = await productWithVariants(t, product.id);
    // Opens the new variant's stock row and keeps inventory's SKU and names of every variant current.
    await registerVariants({ ctx: t, input: { variants: result.variants.map((v) => variantLabel(v, result.name)) } });
    return result;
  });
}
