import type { TxContext } from '@nexova/db';
import { cancel, schedule } from '@nexova/events';
import { holdTtlElapsed } from '../contracts/events/appointment-events.v1';

// Each hold has a durable timer at its expires_at (events.timers), like inventory's reservations:
// it survives restarts and fires once across workers. Closing the hold (book, release) cancels it.

const keyOf = (appointmentId: string) => `agenda:hold:${appointmentId}`;

export const scheduleHoldExpiry = (t: TxContext, appointmentId: string, at: Date) =>
  schedule(t, {
    at,
    key: keyOf(appointmentId),
    event: { definition: holdTtlElapsed, aggregateId: appointmentId, payload: { appointment_id: appointmentId } },
  });

export const cancelHoldExpiry = (t: TxContext, appointmentId: string) => cancel(t, keyOf(appointmentId));
