import type { TxContext } from '@nexova/db';
import { holdTimer } from '@nexova/events';
import { reminderDue } from '../contracts/events/appointment-events.v1';

// Each booked appointment has one durable reminder timer keyed by its id — the platform's timer
// primitive (@nexova/events holdTimer, as hold expiry uses): it survives restarts and fires once
// across workers. Cancel, no-show, complete or a reschedule leave it set; its consumer then finds
// the appointment no longer booked or confirmed and sends nothing. Scheduling is a use-case step
// (db/ holds only queries).

const timer = holdTimer('agenda:reminder', reminderDue, (appointmentId) => ({ appointment_id: appointmentId }));

export const scheduleReminder = (t: TxContext, appointmentId: string, at: Date) => timer.schedule(t, appointmentId, at);

/** When an appointment's reminder goes out: `minutesBefore` its start, at once if that passed, never once it started. */
export function reminderMoment(startsAt: Date, minutesBefore: number, now: Date): Date | null {
  if (startsAt.getTime() <= now.getTime()) return null;
  const at = new Date(startsAt.getTime() - minutesBefore * 60_000);
  return at.getTime() < now.getTime() ? now : at;
}
