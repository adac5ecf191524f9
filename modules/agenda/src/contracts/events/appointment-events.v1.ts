import { defineEvent } from '@nexova/events';
import { z } from 'zod';

// Agenda's published facts about appointments. Each carries the slot (who, which resource, when)
// and the patient, so read models and reminders need not read agenda's tables.

const appointment = z.object({
  appointment_id: z.string().uuid(),
  service_id: z.string().uuid(),
  professional_id: z.string().uuid(),
  resource_id: z.string().uuid().nullable(),
  patient_id: z.string().uuid().nullable(),
  starts_at: z.string(),
  ends_at: z.string(),
  status: z.string(),
  from_status: z.string().nullable(),
  version: z.number().int(),
});

const fact = (type: string, description: string, extra: z.ZodRawShape = {}) =>
  defineEvent({
    permission: 'appointments:read',
    type: `agenda.appointment.${type}`,
    version: 1,
    aggregate: 'appointment',
    description,
    payload: appointment.extend(extra),
  });

export const appointmentHeld = fact('held', 'A slot was held until expires_at (a booking in progress).', {
  expires_at: z.string(),
});
export const appointmentBooked = fact('booked', 'A held slot was booked for a patient.');
export const appointmentConfirmed = fact('confirmed', 'The patient confirmed a booked appointment.');
export const appointmentCheckedIn = fact('checked_in', 'The patient arrived and was checked in.');
export const appointmentStarted = fact('started', 'The professional started seeing the patient (in service).');
export const appointmentCompleted = fact('completed', 'The appointment took place and ended.');
export const appointmentCanceled = fact('canceled', 'The appointment was canceled, with the reason and who did it.', {
  reason: z.string().nullable(),
  canceled_by: z.string().nullable(),
});
export const appointmentNoShow = fact('no_show', 'The patient did not come.');
export const appointmentRescheduled = fact(
  'rescheduled',
  'The appointment moved: this one is kept as rescheduled, new_appointment_id holds the new time.',
  { new_appointment_id: z.string().uuid(), new_starts_at: z.string(), new_ends_at: z.string() },
);
export const appointmentReleased = fact('released', 'A hold was released on request; its slot is free again.');
export const appointmentExpired = fact('expired', 'A hold passed its TTL; its slot is free again.');

/** Fired by a durable timer at a hold's expires_at; agenda then expires the hold if it is still held. */
export const holdTtlElapsed = defineEvent({
  type: 'agenda.hold.ttl_elapsed',
  version: 1,
  aggregate: 'appointment',
  description:
    "A hold's TTL elapsed (a durable timer set when the slot was held, canceled when the hold closes); agenda expires it if it is still held.",
  payload: z.object({ appointment_id: z.string().uuid() }),
});

/** Fired by a durable timer AGENDA_REMINDER_MINUTES_BEFORE before a booked appointment; agenda then sends its reminder once. */
export const reminderDue = defineEvent({
  type: 'agenda.reminder.due',
  version: 1,
  aggregate: 'appointment',
  description:
    "An appointment's reminder is due (a durable timer set when it was booked or rescheduled); agenda sends it if the appointment is still booked or confirmed and no reminder went out yet.",
  payload: z.object({ appointment_id: z.string().uuid() }),
});
