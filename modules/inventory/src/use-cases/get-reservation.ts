import { type AppContext, withTransaction } from '@nexova/db';
import type { Reservation } from '../contracts/stock';
import { mustLoadReservation, toReservation } from '../db/reservation-store';

export type GetReservationInput = { reservationId: string };

// One reservation with its lines (404 when it is not this workspace's).
export async function getReservation({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: GetReservationInput;
}): Promise<Reservation> {
  return withTransaction(ctx, async (t) => toReservation(await mustLoadReservation(t, input.reservationId)));
}
