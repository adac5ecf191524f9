import { type TxContext, withSavepoint } from '@nexova/db';
import { commitReservation, reserveStock } from '@nexova/inventory';
import { ConflictError } from '@nexova/kernel';
import { getOrder } from '@nexova/orders';
import type { SagaRow } from '../db/saga-store';

/**
 * Commits the saga's stock. Paid off after the deadline (payment_overdue), its hold may have run out
 * meanwhile: the stock is then reserved again (reference `<order>:overdue`) and committed at once;
 * short stock then fails the step (retried) and stays visible on the overdue saga for staff.
 */
export async function commitStock(t: TxContext, saga: SagaRow): Promise<string | null> {
  if (!saga.reservationId) return null;
  const reservationId = saga.reservationId;
  try {
    await withSavepoint(t, (sp) => commitReservation({ ctx: sp, input: { reservationId } }));
    return reservationId;
  } catch (error) {
    const closed = error instanceof ConflictError && error.code === 'reservation_closed';
    if (!closed || saga.state !== 'payment_overdue') throw error;
  }
  const order = await getOrder({ ctx: t, input: { orderId: saga.orderId } });
  const again = await reserveStock({
    ctx: t,
    input: {
      reference: `${saga.orderId}:overdue`,
      lines: order.lines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })),
      ttlSeconds: 60,
      maxLines: Math.max(order.lines.length, 1),
    },
  });
  await commitReservation({ ctx: t, input: { reservationId: again.id } });
  return again.id;
}
