import { type AppContext, withTransaction } from '@nexova/db';
import { labelLevel } from '../db/stock-store';

/** What stock rows show next to a variant id: catalog's SKU, product name and variant name. */
export type VariantLabel = { variantId: string; sku: string; productName: string; variantName: string | null };
export type RegisterVariantsInput = { variants: VariantLabel[] };

// Opens a zero stock row for each new catalog variant and (re)writes the labels of every variant
// given (idempotent). Catalog calls it in the transaction that creates or changes the variants or
// renames their product; stock can only be adjusted for variants registered here.
export async function registerVariants({ ctx, input }: { ctx: AppContext; input: RegisterVariantsInput }) {
  await withTransaction(ctx, async (t) => {
    const sorted = [...new Map(input.variants.map((v) => [v.variantId, v])).values()].sort((a, b) =>
      a.variantId.localeCompare(b.variantId),
    );
    for (const label of sorted) await labelLevel(t, label);
  });
}
