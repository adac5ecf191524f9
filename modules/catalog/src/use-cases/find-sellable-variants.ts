import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { products, variants } from '../db/schema';

export type FindSellableVariantsInput = { variantIds: string[] };

/** What an order line snapshots from the catalog: display name, SKU, unit price and its currency. */
export type SellableVariant = {
  variantId: string;
  productId: string;
  sku: string;
  /** Product name plus option values, e.g. "Camiseta básica (M)". */
  name: string;
  price: number;
  currency: string;
  productStatus: 'draft' | 'active' | 'archived';
};

const displayName = (product: string, options: Record<string, string>) => {
  const values = Object.values(options);
  return values.length > 0 ? `${product} (${values.join(', ')})` : product;
};

// Live variants of live products in this workspace, keyed by variant id; unknown ids are simply absent.
export async function findSellableVariants({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: FindSellableVariantsInput;
}): Promise<Map<string, SellableVariant>> {
  const found = new Map<string, SellableVariant>();
  const ids = [...new Set(input.variantIds)];
  if (ids.length === 0) return found;
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const rows = await t.tx
      .select({ v: variants, p: products })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(
        and(
          eq(variants.workspaceId, ws),
          inArray(variants.id, ids),
          isNull(variants.deletedAt),
          eq(products.workspaceId, ws),
          isNull(products.deletedAt),
        ),
      );
    for (const { v, p } of rows)
      found.set(v.id, {
        variantId: v.id,
        productId: p.id,
        sku: v.sku,
        name: displayName(p.name, v.options),
        price: v.priceMinor,
        currency: p.currency,
        productStatus: p.status as SellableVariant['productStatus'],
      });
    return found;
  });
}
