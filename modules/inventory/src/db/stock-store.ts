import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError, newId } from '@nexova/kernel';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Levels } from '../domain/stock-rules';
import { movements, stockLevels } from './schema';

export type MovementKind = 'adjustment' | 'reservation' | 'release' | 'expiry' | 'commit' | 'return';
export type Change = {
  variantId: string;
  onHandDelta: number;
  reservedDelta: number;
  kind: MovementKind;
  reason?: string | null;
  reservationId?: string | null;
  /** The order the movement is for (the reservation's reference). */
  reference?: string | null;
  /** Apply only while the row is still at this version (optimistic concurrency, If-Match). */
  ifVersion?: number;
};

/** Creates the stock row of a variant at zero when it has none yet, and writes its catalog labels. */
export async function labelLevel(
  t: TxContext,
  label: { variantId: string; sku: string; productName: string; variantName: string | null },
): Promise<void> {
  const labels = { sku: label.sku, productName: label.productName, variantName: label.variantName };
  await t.tx
    .insert(stockLevels)
    .values({ workspaceId: workspaceOf(t), variantId: label.variantId, ...labels })
    .onConflictDoUpdate({ target: [stockLevels.workspaceId, stockLevels.variantId], set: labels });
}

/** Locks nothing; answers 404 when the variant has no stock row (unknown here, or another workspace's). */
export async function requireLevel(t: TxContext, variantId: string): Promise<void> {
  const [row] = await t.tx
    .select({ id: stockLevels.variantId })
    .from(stockLevels)
    .where(and(eq(stockLevels.workspaceId, workspaceOf(t)), eq(stockLevels.variantId, variantId)));
  if (!row)
    throw new NotFoundError('No stock is kept for this variant in this workspace.', { code: 'variant_not_found' });
}

/**
 * Applies one change as a single conditional UPDATE: it row-locks the stock row and only succeeds
 * when the result keeps 0 ≤ reserved ≤ on hand. Concurrent callers queue on the row lock and each
 * re-checks the condition against the committed values, so stock can never be oversold. Returns
 * the levels after the change (and writes the movement), or null when the condition failed. Crossing
 * the low-stock threshold is announced by the caller (use-cases/change-stock.ts).
 */
export async function applyChange(t: TxContext, change: Change): Promise<Levels | null> {
  const { onHandDelta: dOn, reservedDelta: dRes } = change;
  const [after] = await t.tx
    .update(stockLevels)
    .set({
      onHand: sql`${stockLevels.onHand} + ${dOn}`,
      reserved: sql`${stockLevels.reserved} + ${dRes}`,
      version: sql`${stockLevels.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(stockLevels.workspaceId, workspaceOf(t)),
        eq(stockLevels.variantId, change.variantId),
        sql`${stockLevels.onHand} + ${dOn} >= ${stockLevels.reserved} + ${dRes}`,
        gte(sql`${stockLevels.reserved} + ${dRes}`, 0),
        change.ifVersion === undefined ? undefined : eq(stockLevels.version, change.ifVersion),
      ),
    )
    .returning({
      onHand: stockLevels.onHand,
      reserved: stockLevels.reserved,
      lowStockThreshold: stockLevels.lowStockThreshold,
    });
  if (!after) return null;
  await t.tx.insert(movements).values({
    id: newId(),
    workspaceId: workspaceOf(t),
    variantId: change.variantId,
    kind: change.kind,
    onHandDelta: dOn,
    reservedDelta: dRes,
    onHandAfter: after.onHand,
    reservedAfter: after.reserved,
    reason: change.reason ?? null,
    reservationId: change.reservationId ?? null,
    reference: change.reference ?? null,
    actorType: t.actor.type,
    actorId: t.actor.id,
  });
  return after;
}

/** The current levels of one variant (null when it never had stock). */
export async function readLevel(t: TxContext, variantId: string) {
  const [row] = await t.tx
    .select()
    .from(stockLevels)
    .where(and(eq(stockLevels.workspaceId, workspaceOf(t)), eq(stockLevels.variantId, variantId)));
  return row ?? null;
}
