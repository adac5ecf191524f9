import type { TxContext } from '@nexova/db';
import { type LoadedReservation, markReservationClosed } from '../db/reservation-store';
import type { MovementKind } from '../db/stock-store';
import { changeStock } from './change-stock';
import { cancelExpiry } from './reservation-expiry';

const KIND: Record<'released' | 'expired' | 'committed', MovementKind> = {
  released: 'release',
  expired: 'expiry',
  committed: 'commit',
};

// The step release, expire and commit share: closes an active reservation (caller holds its row
// lock), giving its units back (released, expired) or taking them out of on hand (committed), line
// by line in variant order, and cancels its expiry timer.
export async function closeReservation(
  t: TxContext,
  r: LoadedReservation,
  status: 'released' | 'expired' | 'committed',
  reason: string | null,
  now = new Date(),
): Promise<LoadedReservation> {
  for (const line of r.lines) {
    const change = await changeStock(t, {
      variantId: line.variantId,
      onHandDelta: status === 'committed' ? -line.quantity : 0,
      reservedDelta: -line.quantity,
      kind: KIND[status],
      reason,
      reservationId: r.id,
      reference: r.reference,
    });
    if (!change) throw new Error(`Stock of ${line.variantId} does not cover reservation ${r.id}.`);
  }
  await cancelExpiry(t, r.id);
  return markReservationClosed(t, r, status, now);
}
