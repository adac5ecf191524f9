import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { entries, overrides } from '../db/schema';
import type { CatalogCache } from '../domain/catalog-cache';
import { putOverride } from './put-override';

// The shipped catalog prices procedures in USD; a workspace bills in its own currency, so the demo
// workspace gets its own prices (an override per procedure, ≈ 5 of its units per dollar, rounded to
// 10) — otherwise its invoices could not bill a demo appointment (422 invoice_currency_mismatch).
// Only procedures the workspace has not priced itself: the demo owner's own prices are kept.
const UNITS_PER_DOLLAR = 5;

export async function seedDemoPrices({ ctx, cache }: { ctx: AppContext; cache?: CatalogCache }): Promise<string[]> {
  const { default_currency: currency } = await getWorkspaceSettings({ ctx });
  if (!currency || currency === 'USD') return [];
  const workspaceId = workspaceOf(ctx);
  const unpriced = await withTransaction(ctx, (t) =>
    t.tx
      .select({ id: entries.id, amount: entries.priceAmount })
      .from(entries)
      .leftJoin(overrides, and(eq(overrides.entryId, entries.id), eq(overrides.workspaceId, workspaceId)))
      .where(
        and(
          isNull(entries.workspaceId),
          eq(entries.kind, 'procedure'),
          eq(entries.currency, 'USD'),
          sql`${overrides.entryId} is null`,
        ),
      ),
  );
  for (const entry of unpriced)
    await putOverride({
      ctx,
      cache,
      input: {
        entryId: entry.id,
        price: Math.round(((entry.amount ?? 0) * UNITS_PER_DOLLAR) / 1000) * 1000,
        currency,
      },
    });
  return unpriced.length ? [`clinical catalogs: ${unpriced.length} procedures priced in ${currency} for the demo`] : [];
}
