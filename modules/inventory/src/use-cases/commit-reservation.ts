import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { ConflictError } from '@nexova/kernel';
import { stockCommitted } from '../contracts/events/stock-events.v1';
import type { Reservation } from '../contracts/stock';
import { eventLines, mustLoadReservation, toReservation } from '../db/reservation-store';
import { closeReservation } from './close-reservation';

export type CommitReservationInput = { reservationId: string };

// Fulfils a reservation: its units leave on hand. Idempotent; 409 when it already expired or was released.
export async function commitReservation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: CommitReservationInput;
}): Promise<Reservation> {
  return withTransaction(ctx, async (t) => {
    const found = await mustLoadReservation(t, input.reservationId, true);
    if (found.status === 'committed') return toReservation(found);
    if (found.status !== 'active') {
      throw new ConflictError(`Reservation ${found.id} is ${found.status} and can no longer be committed.`, {
        code: 'reservation_closed',
        extensions: { status: found.status },
      });
    }
    const closed = await closeReservation(t, found, 'committed', null);
    await publish(t, stockCommitted, {
      aggregateId: closed.id,
      payload: { reservation_id: closed.id, reference: closed.reference, lines: eventLines(closed) },
    });
    return toReservation(closed);
  });
}
