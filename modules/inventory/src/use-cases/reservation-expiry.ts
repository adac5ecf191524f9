import type { TxContext } from '@nexova/db';
import { holdTimer } from '@nexova/events';
import { reservationTtlElapsed } from '../contracts/events/stock-events.v1';

// Each active reservation has a durable timer at its expires_at — the platform's hold timer
// (@nexova/events holdTimer, shared with agenda's held slots): it survives restarts and fires once
// across workers. Closing the reservation cancels it. Scheduling is a use-case step (db/ holds only
// queries).

const timer = holdTimer('inventory:reservation', reservationTtlElapsed, (reservationId) => ({
  reservation_id: reservationId,
}));

export const scheduleExpiry = (t: TxContext, reservationId: string, at: Date) => timer.schedule(t, reservationId, at);

export const cancelExpiry = (t: TxContext, reservationId: string) => timer.cancel(t, reservationId);
