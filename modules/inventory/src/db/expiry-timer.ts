import type { TxContext } from '@nexova/db';
import { cancel, schedule } from '@nexova/events';
import { reservationTtlElapsed } from '../contracts/events/stock-events.v1';

// Each active reservation has a durable timer at its expires_at (events.timers): it survives
// restarts and fires once across workers. Closing the reservation cancels it.

const keyOf = (reservationId: string) => `inventory:reservation:${reservationId}`;

export const scheduleExpiry = (t: TxContext, reservationId: string, at: Date) =>
  schedule(t, {
    at,
    key: keyOf(reservationId),
    event: {
      definition: reservationTtlElapsed,
      aggregateId: reservationId,
      payload: { reservation_id: reservationId },
    },
  });

export const cancelExpiry = (t: TxContext, reservationId: string) => cancel(t, keyOf(reservationId));
