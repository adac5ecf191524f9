import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { stockReleased } from '../contracts/events/stock-events.v1';
import type { Reservation } from '../contracts/stock';
import { eventLines, loadReservation, mustLoadReservation, toReservation } from '../db/reservation-store';
import { closeReservation } from './close-reservation';

export type ReleaseReservationInput = { reservationId?: string; reference?: string; reason?: string | null };

// Gives a reservation's units back; idempotent (a closed or unknown-by-reference one is returned as is / null).
export async function releaseReservation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ReleaseReservationInput;
}): Promise<Reservation | null> {
  return withTransaction(ctx, async (t) => {
    const found = input.reservationId
      ? await mustLoadReservation(t, input.reservationId, true)
      : input.reference
        ? await loadReservation(t, { reference: input.reference }, true)
        : null;
    // Compensation must be a no-op on nothing to undo (house rule 6): an unknown reference is not an error.
    if (!found) return null;
    if (found.status !== 'active') return toReservation(found);
    const closed = await closeReservation(t, found, 'released', input.reason ?? null);
    await publish(t, stockReleased, {
      aggregateId: closed.id,
      payload: {
        reservation_id: closed.id,
        reference: closed.reference,
        lines: eventLines(closed),
        reason: input.reason ?? null,
      },
    });
    return toReservation(closed);
  });
}
