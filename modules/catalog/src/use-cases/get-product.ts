import { type AppContext, withTransaction } from '@nexova/db';
import type { Product } from '../contracts/product';
import { productWithVariants } from '../db/product-store';

export type GetProductInput = { productId: string };

// One live product with its variants (404 when deleted or another workspace's).
export async function getProduct({ ctx, input }: { ctx: AppContext; input: GetProductInput }): Promise<Product> {
  return withTransaction(ctx, (t) => productWithVariants(t, input.productId));
}
