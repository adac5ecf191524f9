import type { TxContext } from '@nexova/db';
import { holdTimer } from '@nexova/events';
import { holdTtlElapsed } from '../contracts/events/appointment-events.v1';

// Each held slot has a durable timer at its expires_at — the platform's hold timer (@nexova/events
// holdTimer, the one inventory's reservations use): it survives restarts and fires once across
// workers. Closing the hold (book, release, reschedule) cancels it. Scheduling is a use-case step
// (db/ holds only queries).

const timer = holdTimer('agenda:hold', holdTtlElapsed, (appointmentId) => ({ appointment_id: appointmentId }));

export const scheduleHoldExpiry = (t: TxContext, appointmentId: string, at: Date) =>
  timer.schedule(t, appointmentId, at);

export const cancelHoldExpiry = (t: TxContext, appointmentId: string) => timer.cancel(t, appointmentId);
