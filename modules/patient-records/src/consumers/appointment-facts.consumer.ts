import * as a from '@nexova/agenda';
import { defineConsumer } from '@nexova/events';
import { recordAppointment } from '../use-cases/record-facts';

/** The base of every agenda.appointment.* payload (agenda's `fact` helper widens the inferred type). */
type AppointmentPayload = {
  appointment_id: string;
  patient_id: string | null;
  starts_at: string;
  status: string;
  version: number;
  new_appointment_id?: string;
  new_starts_at?: string;
};

/** Every appointment fact updates the read model's copy of that appointment (newer versions only). */
export const appointmentFactsConsumer = defineConsumer({
  name: 'patient-records.appointments',
  events: [
    a.appointmentHeld,
    a.appointmentBooked,
    a.appointmentConfirmed,
    a.appointmentCheckedIn,
    a.appointmentStarted,
    a.appointmentCompleted,
    a.appointmentCanceled,
    a.appointmentNoShow,
    a.appointmentRescheduled,
    a.appointmentReleased,
    a.appointmentExpired,
  ],
  async handle({ ctx, event }) {
    // Every appointment fact carries the same base shape (the slot, patient, status, version).
    const p = event.payload as AppointmentPayload;
    await recordAppointment({
      ctx,
      input: {
        appointmentId: p.appointment_id,
        patientId: p.patient_id,
        startsAt: new Date(p.starts_at),
        status: p.status,
        version: p.version,
      },
    });
    // A reschedule books the new time under a new id and publishes no `booked` for it: record it
    // here at version 0, so any later fact of the new appointment (version ≥ 1) replaces it.
    if (p.new_appointment_id && p.new_starts_at)
      await recordAppointment({
        ctx,
        input: {
          appointmentId: p.new_appointment_id,
          patientId: p.patient_id,
          startsAt: new Date(p.new_starts_at),
          status: 'booked',
          version: 0,
        },
      });
  },
});
