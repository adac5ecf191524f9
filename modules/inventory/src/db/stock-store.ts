import { queryRows, type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError, newId } from '@nexova/kernel';
import { and, eq, sql } from 'drizzle-orm';
import type { Levels } from '../domain/stock-rules';
import { stockLevels } from './schema';

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
 *
 * The movement is inserted by the same statement (a data-modifying CTE over the UPDATE's RETURNING):
 * one round trip per line instead of two, and none when the condition failed (nothing to insert).
 */
export async function applyChange(t: TxContext, change: Change): Promise<Levels | null> {
  const { onHandDelta: dOn, reservedDelta: dRes } = change;
  const ws = workspaceOf(t);
  const ifVersion = change.ifVersion === undefined ? sql`` : sql` and version = ${change.ifVersion}`;
  const [after] = await queryRows<Levels>(
    t.tx,
    sql`with after as (
          update inventory.stock_levels
             set on_hand = on_hand + ${dOn}::int, reserved = reserved + ${dRes}::int,
                 version = version + 1, updated_at = now()
           where workspace_id = ${ws}::uuid and variant_id = ${change.variantId}::uuid
             and on_hand + ${dOn}::int >= reserved + ${dRes}::int and reserved + ${dRes}::int >= 0${ifVersion}
          returning on_hand, reserved, low_stock_threshold),
        moved as (
          insert into inventory.movements (id, workspace_id, variant_id, kind, on_hand_delta, reserved_delta,
            on_hand_after, reserved_after, reason, reservation_id, reference, actor_type, actor_id)
          select ${newId()}::uuid, ${ws}::uuid, ${change.variantId}::uuid, ${change.kind}::text, ${dOn}::int,
            ${dRes}::int, on_hand, reserved, ${change.reason ?? null}::text, ${change.reservationId ?? null}::uuid,
            ${change.reference ?? null}::text, ${t.actor.type}::text, ${t.actor.id}::text
          from after)
        select on_hand as "onHand", reserved, low_stock_threshold as "lowStockThreshold" from after`,
  );
  return after ?? null;
}

/** The current levels of one variant (null when it never had stock). */
export async function readLevel(t: TxContext, variantId: string) {
  const [row] = await t.tx
    .select()
    .from(stockLevels)
    .where(and(eq(stockLevels.workspaceId, workspaceOf(t)), eq(stockLevels.variantId, variantId)));
  return row ?? null;
}
