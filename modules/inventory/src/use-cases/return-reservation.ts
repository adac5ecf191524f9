import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, eq } from 'drizzle-orm';
import { stockReturned } from '../contracts/events/stock-events.v1';
import type { Reservation } from '../contracts/stock';
import { eventLines, loadReservation, toReservation } from '../db/reservation-store';
import { reservations } from '../db/schema';
import { changeStock } from './change-stock';

export type ReturnReservationInput = { reference: string; reason: string };

// Puts a committed reservation's units back on hand (its confirmed order was canceled): one
// `return` movement per line with the reason and the order as reference, and inventory.stock.returned.
// Exactly once: under the reservation's row lock it moves committed → returned; returning again,
// or an order that never committed stock (no reservation, or one not committed), is a no-op (null).
export async function returnReservation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ReturnReservationInput;
}): Promise<Reservation | null> {
  return withTransaction(ctx, async (t) => {
    const found = await loadReservation(t, { reference: input.reference }, true);
    if (found?.status !== 'committed') return null;
    for (const line of found.lines) {
      // Adding on hand cannot break 0 ≤ reserved ≤ on hand, so this never refuses.
      await changeStock(t, {
        variantId: line.variantId,
        onHandDelta: line.quantity,
        reservedDelta: 0,
        kind: 'return',
        reason: input.reason,
        reservationId: found.id,
        reference: found.reference,
      });
    }
    const [row] = await t.tx
      .update(reservations)
      .set({ status: 'returned', version: found.version + 1 })
      .where(and(eq(reservations.workspaceId, found.workspaceId), eq(reservations.id, found.id)))
      .returning();
    const returned = { ...(row as NonNullable<typeof row>), lines: found.lines };
    await publish(t, stockReturned, {
      aggregateId: found.id,
      payload: {
        reservation_id: found.id,
        reference: found.reference,
        lines: eventLines(returned),
        reason: input.reason,
      },
    });
    return toReservation(returned);
  });
}
