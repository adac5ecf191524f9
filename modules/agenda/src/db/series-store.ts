import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, asc, eq } from 'drizzle-orm';
import type { Occurrence, Series, SeriesMode } from '../contracts/series';
import type { AppointmentStatus } from '../domain/appointment-status';
import { appointments } from './schema';
import { appointmentSeries, seriesAppointments } from './series-schema';

export type SeriesRow = typeof appointmentSeries.$inferSelect;

/** A series by id, or 404 `series_not_found`. */
export async function mustLoadSeries(t: TxContext, id: string): Promise<SeriesRow> {
  const [row] = await t.tx
    .select()
    .from(appointmentSeries)
    .where(and(eq(appointmentSeries.workspaceId, workspaceOf(t)), eq(appointmentSeries.id, id)));
  if (!row) throw new NotFoundError('The appointment series was not found.', { code: 'series_not_found' });
  return row;
}

/** The booked occurrences of a series with their appointments, in order. */
export function seriesMembers(t: TxContext, seriesId: string) {
  return t.tx
    .select({ occurrence: seriesAppointments.occurrence, appointment: appointments })
    .from(seriesAppointments)
    .innerJoin(
      appointments,
      and(
        eq(appointments.workspaceId, seriesAppointments.workspaceId),
        eq(appointments.id, seriesAppointments.appointmentId),
      ),
    )
    .where(and(eq(seriesAppointments.workspaceId, workspaceOf(t)), eq(seriesAppointments.seriesId, seriesId)))
    .orderBy(asc(seriesAppointments.occurrence));
}

export const toSeries = (row: SeriesRow, occurrences: Occurrence[]): Series => ({
  id: row.id,
  rrule: row.rrule,
  timezone: row.timezone,
  mode: row.mode as SeriesMode,
  service_id: row.serviceId,
  professional_id: row.professionalId,
  resource_id: row.resourceId,
  patient_id: row.patientId,
  occurrences,
  version: row.version,
  created_at: row.createdAt.toISOString(),
});

/** The series as stored: its booked occurrences with their statuses now. */
export async function viewSeries(t: TxContext, row: SeriesRow): Promise<Series> {
  const members = await seriesMembers(t, row.id);
  return toSeries(
    row,
    members.map((m) => ({
      occurrence: m.occurrence,
      starts_at: m.appointment.startsAt.toISOString(),
      ends_at: m.appointment.endsAt.toISOString(),
      appointment_id: m.appointment.id,
      status: m.appointment.status as AppointmentStatus,
      problem: null,
    })),
  );
}
