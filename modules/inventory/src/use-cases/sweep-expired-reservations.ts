import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { mustLoadReservation } from '../db/reservation-store';
import { reservations, stockLevels } from '../db/schema';
import { expireLocked } from './expire-reservation';

export type SweepExpiredReservationsInput = { now?: Date; batch?: number };

// Expires up to `batch` overdue reservations of the workspace; SKIP LOCKED lets several sweepers run at once.
export async function sweepExpiredReservations({
  ctx,
  input = {},
}: {
  ctx: AppContext;
  input?: SweepExpiredReservationsInput;
}): Promise<{ expired: string[] }> {
  const now = input.now ?? new Date();
  return withTransaction(ctx, async (t) => {
    const due = await t.tx
      .select({ id: reservations.id })
      .from(reservations)
      .where(
        and(
          eq(reservations.workspaceId, workspaceOf(t)),
          eq(reservations.status, 'active'),
          lte(reservations.expiresAt, now),
        ),
      )
      .orderBy(asc(reservations.expiresAt))
      .limit(input.batch ?? 500)
      .for('update', { skipLocked: true });
    const loaded = [];
    for (const { id } of due) loaded.push(await mustLoadReservation(t, id));
    // Lock every stock row these reservations touch in variant order first, so a sweep spanning
    // many reservations keeps the same lock order as reserveStock and cannot deadlock with it.
    const variantIds = [...new Set(loaded.flatMap((r) => r.lines.map((l) => l.variantId)))].sort();
    if (variantIds.length > 0) {
      await t.tx
        .select({ v: stockLevels.variantId })
        .from(stockLevels)
        .where(and(eq(stockLevels.workspaceId, workspaceOf(t)), inArray(stockLevels.variantId, variantIds)))
        .orderBy(asc(stockLevels.variantId))
        .for('update');
    }
    const expired: string[] = [];
    for (const found of loaded) {
      const closed = await expireLocked(t, found, now);
      if (closed.status === 'expired') expired.push(found.id);
    }
    return { expired };
  });
}
