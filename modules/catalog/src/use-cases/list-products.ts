import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { inStockVariantIds } from '@nexova/inventory';
import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Product } from '../contracts/product';
import { toProduct, variantsOf } from '../db/product-store';
import { products, variants } from '../db/schema';
import { foldText } from '../domain/fold';

export type ListProductsInput = {
  q?: string;
  categoryId?: string;
  status?: 'draft' | 'active' | 'archived';
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  limit?: number;
  cursor?: string;
};

// Products newest first with their variants. `q` matches name/description/SKU tolerating accents and
// typos (full-text OR trigram word similarity); price and stock filters match when any variant does.
export async function listProducts({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: ListProductsInput;
}): Promise<Page<Product>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const filters: (SQL | undefined)[] = [
      eq(products.workspaceId, ws),
      isNull(products.deletedAt),
      keysetAfterId(products.id, after, 'desc'),
    ];
    if (input.categoryId) filters.push(eq(products.categoryId, input.categoryId));
    if (input.status) filters.push(eq(products.status, input.status));
    const q = input.q ? foldText(input.q) : '';
    if (q)
      filters.push(
        sql`(to_tsvector('simple', ${products.searchText}) @@ plainto_tsquery('simple', ${q}) or ${products.searchText} like ${`%${q}%`} or word_similarity(${q}, ${products.searchText}) >= 0.45)`,
      );
    const variantConds: SQL[] = [];
    if (input.minPrice !== undefined) variantConds.push(sql`v.price_minor >= ${input.minPrice}`);
    if (input.maxPrice !== undefined) variantConds.push(sql`v.price_minor <= ${input.maxPrice}`);
    // In stock comes from inventory's exported query, never from its tables.
    if (input.inStock) variantConds.push(sql`v.id in ${inStockVariantIds(ws)}`);
    if (variantConds.length > 0)
      filters.push(
        sql`exists (select 1 from ${variants} v where v.workspace_id = ${ws} and v.product_id = ${products.id} and v.deleted_at is null and ${sql.join(variantConds, sql` and `)})`,
      );
    const rows = await t.tx
      .select()
      .from(products)
      .where(and(...filters))
      .orderBy(desc(products.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (p) => [p.id]);
    const grouped = await variantsOf(
      t,
      page.items.map((p) => p.id),
    );
    return { ...page, items: page.items.map((p) => toProduct(p, grouped.get(p.id) ?? [])) };
  });
}
