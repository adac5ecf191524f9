import type { TxContext } from '@nexova/db';
import { publish } from '@nexova/events';
import * as events from '../contracts/events/appointment-events.v1';
import type { AppointmentRow } from '../db/appointment-store';
import type { AppointmentAction } from '../domain/appointment-status';

// Private: the event each move publishes, with the slot and the patient it is about.

export const eventOf = {
  book: events.appointmentBooked,
  confirm: events.appointmentConfirmed,
  check_in: events.appointmentCheckedIn,
  start: events.appointmentStarted,
  complete: events.appointmentCompleted,
  cancel: events.appointmentCanceled,
  no_show: events.appointmentNoShow,
  reschedule: events.appointmentRescheduled,
  release: events.appointmentReleased,
  expire: events.appointmentExpired,
} as const satisfies Record<AppointmentAction, unknown>;

export const appointmentPayload = (row: AppointmentRow, fromStatus: string | null) => ({
  appointment_id: row.id,
  service_id: row.serviceId,
  professional_id: row.professionalId,
  resource_id: row.resourceId,
  patient_id: row.patientId,
  starts_at: row.startsAt.toISOString(),
  ends_at: row.endsAt.toISOString(),
  status: row.status,
  from_status: fromStatus,
  version: row.version,
});

/** Publishes the event of `action` for an appointment that moved from `fromStatus`. */
export async function publishMove(
  t: TxContext,
  action: AppointmentAction,
  row: AppointmentRow,
  fromStatus: string,
  extra: Record<string, unknown> = {},
) {
  const definition = eventOf[action] as typeof events.appointmentBooked;
  await publish(t, definition, { aggregateId: row.id, payload: { ...appointmentPayload(row, fromStatus), ...extra } });
}
