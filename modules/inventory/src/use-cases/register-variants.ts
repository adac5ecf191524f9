import { type AppContext, withTransaction } from '@nexova/db';
import { ensureLevel } from '../db/stock-store';

export type RegisterVariantsInput = { variantIds: string[] };

// Opens a zero stock row for each new catalog variant (idempotent). Catalog calls it in the
// transaction that creates the variants; stock can only be adjusted for variants registered here.
export async function registerVariants({ ctx, input }: { ctx: AppContext; input: RegisterVariantsInput }) {
  await withTransaction(ctx, async (t) => {
    for (const variantId of [...new Set(input.variantIds)].sort()) await ensureLevel(t, variantId);
  });
}
