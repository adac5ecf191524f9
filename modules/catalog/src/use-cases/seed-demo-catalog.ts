import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { adjustStock, setLowStockThreshold } from '@nexova/inventory';
import { and, eq, isNull } from 'drizzle-orm';
import { variants } from '../db/schema';
import { createCategory } from './create-category';
import { createProduct } from './create-product';

export type SeedDemoCatalogInput = { currency?: string };

const DEMO = [
  {
    category: 'Camisetas',
    name: 'Camiseta básica',
    variants: [
      ['DEMO-TS-P', { size: 'P' }, 4990, 12],
      ['DEMO-TS-M', { size: 'M' }, 4990, 20],
      ['DEMO-TS-G', { size: 'G' }, 5490, 3],
    ],
  },
  {
    category: 'Acessórios',
    name: 'Boné bordado',
    variants: [
      ['DEMO-BONE-AZ', { colour: 'azul' }, 7990, 8],
      ['DEMO-BONE-PT', { colour: 'preto' }, 7990, 0],
    ],
  },
  { category: 'Café', name: 'Café especial 250 g', variants: [['DEMO-CAFE-250', {}, 3900, 40]] },
] as const;

// Idempotent demo data for a workspace: categories, products with variants and their stock.
export async function seedDemoCatalog({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: SeedDemoCatalogInput;
}): Promise<string[]> {
  const seeded = await withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select({ id: variants.id })
      .from(variants)
      .where(
        and(eq(variants.workspaceId, workspaceOf(t)), eq(variants.sku, 'DEMO-CAFE-250'), isNull(variants.deletedAt)),
      );
    return !!row;
  });
  if (seeded) return [];
  return withTransaction(ctx, async (t) => {
    const categoryIds = new Map<string, string>();
    for (const name of new Set(DEMO.map((d) => d.category))) {
      categoryIds.set(name, (await createCategory({ ctx: t, input: { name } }).catch(() => null))?.id ?? '');
    }
    for (const item of DEMO) {
      const product = await createProduct({
        ctx: t,
        input: {
          name: item.name,
          categoryId: categoryIds.get(item.category) || null,
          currency: input.currency ?? 'BRL',
          variants: item.variants.map(([sku, options, price]) => ({ sku, options: { ...options }, price })),
        },
      });
      for (const [i, variant] of product.variants.entries()) {
        const onHand = item.variants[i]?.[3] ?? 0;
        await setLowStockThreshold({ ctx: t, input: { variantId: variant.id, threshold: 5 } });
        if (onHand > 0)
          await adjustStock({ ctx: t, input: { variantId: variant.id, delta: onHand, reason: 'demo stock' } });
      }
    }
    return [`catalog: ${DEMO.length} demo products with stock`];
  });
}
