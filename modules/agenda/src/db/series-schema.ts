import { tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { index, integer, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The same `agenda` Postgres schema as schema.ts (which re-exports this file); its own handle avoids an import cycle.
const agenda = pgSchema('agenda');

/**
 * A recurring treatment booked from an RRULE (RFC 5545) expanded in `timezone` from
 * `first_starts_at`'s local wall time. Its occurrences are ordinary appointments, linked by
 * series_appointments.
 */
export const appointmentSeries = agenda
  .table(
    'appointment_series',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      rrule: text().notNull(),
      timezone: text().notNull(),
      mode: text().notNull(),
      serviceId: uuid().notNull(),
      professionalId: uuid().notNull(),
      resourceId: uuid(),
      patientId: uuid().notNull(),
      firstStartsAt: timestamp({ withTimezone: true }).notNull(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [index().on(t.workspaceId, t.id), tenantPolicy('appointment_series_tenant')],
  )
  .enableRLS();

/** Which appointment is which occurrence (0-based, in time order) of a series. */
export const seriesAppointments = agenda
  .table(
    'series_appointments',
    {
      workspaceId: uuid().notNull(),
      seriesId: uuid().notNull(),
      occurrence: integer().notNull(),
      appointmentId: uuid().notNull(),
    },
    (t) => [
      primaryKey({ columns: [t.workspaceId, t.seriesId, t.occurrence] }),
      // Why: an appointment's series (cancel "this and the rest").
      index().on(t.workspaceId, t.appointmentId),
      tenantPolicy('series_appointments_tenant'),
    ],
  )
  .enableRLS();
