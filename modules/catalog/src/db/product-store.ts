import { type TxContext, workspaceOf } from '@nexova/db';
import { ConflictError, NotFoundError, ValidationError, versionRaceLost } from '@nexova/kernel';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Product, Variant } from '../contracts/product';
import { productSearchText } from '../domain/fold';
import { categories, products, variants } from './schema';

export type ProductRow = typeof products.$inferSelect;
export type VariantRow = typeof variants.$inferSelect;

export const toVariant = (v: VariantRow): Variant => ({
  id: v.id,
  sku: v.sku,
  options: v.options,
  price: v.priceMinor,
  version: v.version,
});

export const toProduct = (p: ProductRow, vs: VariantRow[]): Product => ({
  id: p.id,
  name: p.name,
  description: p.description,
  category_id: p.categoryId,
  status: p.status as Product['status'],
  currency: p.currency,
  variants: vs.map(toVariant),
  version: p.version,
  created_at: p.createdAt.toISOString(),
  updated_at: p.updatedAt.toISOString(),
});

/** Live variants of the given products, grouped by product id. */
export async function variantsOf(t: TxContext, productIds: string[]): Promise<Map<string, VariantRow[]>> {
  const grouped = new Map<string, VariantRow[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return grouped;
  const rows = await t.tx
    .select()
    .from(variants)
    .where(
      and(
        eq(variants.workspaceId, workspaceOf(t)),
        inArray(variants.productId, productIds),
        isNull(variants.deletedAt),
      ),
    )
    .orderBy(asc(variants.id));
  for (const v of rows) grouped.get(v.productId)?.push(v);
  return grouped;
}

/** A live product of this workspace or 404 (writes then go through touchProduct, conditioned on its version). */
export async function mustLoadProduct(t: TxContext, id: string): Promise<ProductRow> {
  const [row] = await t.tx
    .select()
    .from(products)
    .where(and(eq(products.workspaceId, workspaceOf(t)), eq(products.id, id), isNull(products.deletedAt)));
  if (!row) throw new NotFoundError(`Product ${id} was not found.`, { code: 'product_not_found' });
  return row;
}

export async function productWithVariants(t: TxContext, id: string): Promise<Product> {
  const row = await mustLoadProduct(t, id);
  return toProduct(row, (await variantsOf(t, [id])).get(id) ?? []);
}

/**
 * Writes `values`, recomputes the search text (name, description, live SKUs) and bumps the version —
 * only if the product is still at the version `p` was read at: a concurrent writer that got there
 * first makes this one fail (412 when the caller named `expected`, else 409), never overwrite.
 */
export async function touchProduct(
  t: TxContext,
  p: ProductRow,
  expected: number | undefined,
  values: Partial<Pick<ProductRow, 'name' | 'description' | 'categoryId' | 'status' | 'deletedAt'>> = {},
): Promise<ProductRow> {
  const skus = ((await variantsOf(t, [p.id])).get(p.id) ?? []).map((v) => v.sku);
  const [row] = await t.tx
    .update(products)
    .set({
      ...values,
      searchText: productSearchText({ ...p, ...values, skus }),
      version: p.version + 1,
      updatedAt: new Date(),
    })
    .where(and(eq(products.workspaceId, p.workspaceId), eq(products.id, p.id), eq(products.version, p.version)))
    .returning();
  if (!row) versionRaceLost(p.version, expected, `Product ${p.id}`);
  return row;
}

/** 409 naming the SKUs (and their pointers) that a live variant of this workspace already uses. */
export async function assertSkusFree(t: TxContext, skus: { sku: string; pointer: string }[], exceptVariantId?: string) {
  if (skus.length === 0) return;
  const lowered = skus.map((s) => s.sku.toLowerCase());
  const dupInput = lowered.find((s, i) => lowered.indexOf(s) !== i);
  if (dupInput)
    throw new ConflictError(`SKU ${dupInput} appears twice.`, {
      code: 'sku_taken',
      errors: skus
        .filter((s) => s.sku.toLowerCase() === dupInput)
        .map((s) => ({ pointer: s.pointer, in: 'body' as const, message: 'duplicate SKU' })),
    });
  const taken = await t.tx
    .select({ id: variants.id, sku: variants.sku })
    .from(variants)
    .where(
      and(
        eq(variants.workspaceId, workspaceOf(t)),
        isNull(variants.deletedAt),
        inArray(sql`lower(${variants.sku})`, lowered),
      ),
    );
  const clash = taken.filter((v) => v.id !== exceptVariantId).map((v) => v.sku.toLowerCase());
  if (clash.length > 0)
    throw new ConflictError(`SKU already in use: ${clash.join(', ')}.`, {
      code: 'sku_taken',
      errors: skus
        .filter((s) => clash.includes(s.sku.toLowerCase()))
        .map((s) => ({ pointer: s.pointer, in: 'body' as const, message: 'SKU already in use' })),
    });
}

export async function assertCategory(t: TxContext, id: string | null | undefined): Promise<void> {
  if (!id) return;
  const [row] = await t.tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.workspaceId, workspaceOf(t)), eq(categories.id, id)));
  if (!row)
    throw new ValidationError('Unknown category.', [
      { pointer: '/category_id', in: 'body', message: 'no such category in this workspace' },
    ]);
}

/** Maps a unique violation that slipped past assertSkusFree (a concurrent insert) to 409. */
export function mapUniqueViolation(error: unknown): never {
  const e = error as { code?: string; cause?: { code?: string } };
  if (e?.code === '23505' || e?.cause?.code === '23505')
    throw new ConflictError('SKU already in use.', { code: 'sku_taken' });
  throw error;
}
