import type { TxContext } from '@nexova/db';
import { type AppContext, withTransaction } from '@nexova/db';
import { holdLapsed, publish } from '@nexova/events';
import { stockExpired } from '../contracts/events/stock-events.v1';
import type { Reservation } from '../contracts/stock';
import { eventLines, type LoadedReservation, mustLoadReservation, toReservation } from '../db/reservation-store';
import { closeReservation } from './close-reservation';

export type ExpireReservationInput = { reservationId: string; now?: Date };

// Expires one reservation if it is still active and past its TTL; safe to call any time, any number of times.
export async function expireReservation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ExpireReservationInput;
}): Promise<Reservation> {
  return withTransaction(ctx, async (t) => {
    const found = await mustLoadReservation(t, input.reservationId, true);
    return toReservation(await expireLocked(t, found, input.now ?? new Date()));
  });
}

/** Expires a reservation whose row lock the caller holds; a no-op unless active and past expires_at. */
export async function expireLocked(t: TxContext, found: LoadedReservation, now: Date): Promise<LoadedReservation> {
  if (!holdLapsed(found.status === 'active', found.expiresAt, now)) return found;
  const closed = await closeReservation(t, found, 'expired', 'ttl elapsed', now);
  await publish(t, stockExpired, {
    aggregateId: closed.id,
    payload: {
      reservation_id: closed.id,
      reference: closed.reference,
      lines: eventLines(closed),
      expired_at: now.toISOString(),
    },
  });
  return closed;
}
