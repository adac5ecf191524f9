import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { registerVariants } from '@nexova/inventory';
import { newId, ValidationError } from '@nexova/kernel';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { productCreated } from '../contracts/events/product-events.v1';
import type { Product } from '../contracts/product';
import { assertCategory, assertSkusFree, mapUniqueViolation, productWithVariants } from '../db/product-store';
import { products, variants } from '../db/schema';
import { productSearchText } from '../domain/fold';
import { variantLabel } from '../domain/variant-label';

export type NewVariant = { sku: string; options?: Record<string, string>; price: number };
export type CreateProductInput = {
  name: string;
  description?: string | null;
  categoryId?: string | null;
  status?: 'draft' | 'active' | 'archived';
  /** ISO 4217 currency of every variant price (minor units); absent: the workspace's default_currency. */
  currency?: string;
  variants: NewVariant[];
};

// Creates a product with at least one variant; SKUs must be free in the workspace (409 naming them).
export async function createProduct({ ctx, input }: { ctx: AppContext; input: CreateProductInput }): Promise<Product> {
  if (input.variants.length === 0)
    throw new ValidationError('A product needs at least one variant.', [
      { pointer: '/variants', in: 'body', message: 'must not be empty' },
    ]);
  const given = input.currency?.toUpperCase();
  if (given !== undefined && !/^[A-Z]{3}$/.test(given))
    throw new ValidationError('currency must be an ISO 4217 code.', [
      { pointer: '/currency', in: 'body', message: 'must be 3 letters' },
    ]);
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const currency = given ?? (await getWorkspaceSettings({ ctx: t })).default_currency;
    await assertCategory(t, input.categoryId);
    await assertSkusFree(
      t,
      input.variants.map((v, i) => ({ sku: v.sku.trim(), pointer: `/variants/${i}/sku` })),
    );
    const id = newId();
    const name = input.name.trim();
    const skus = input.variants.map((v) => v.sku.trim());
    await t.tx.insert(products).values({
      id,
      workspaceId: ws,
      name,
      description: input.description ?? null,
      categoryId: input.categoryId ?? null,
      status: input.status ?? 'active',
      currency,
      searchText: productSearchText({ name, description: input.description, skus }),
    });
    const variantRows = input.variants.map((v, i) => ({
      id: newId(),
      workspaceId: ws,
      productId: id,
      sku: skus[i] as string,
      options: v.options ?? {},
      priceMinor: v.price,
    }));
    await t.tx.insert(variants).values(variantRows).catch(mapUniqueViolation);
    await registerVariants({ ctx: t, input: { variants: variantRows.map((v) => variantLabel(v, name)) } });
    await publish(t, productCreated, {
      aggregateId: id,
      payload: { product_id: id, version: 1, name, variant_ids: variantRows.map((v) => v.id) },
    });
    return productWithVariants(t, id);
  });
}
