import { tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

// The same `agenda` Postgres schema as schema.ts (which re-exports this file); its own handle avoids an import cycle.
const agenda = pgSchema('agenda');

/**
 * The reception queue: one row per person waiting for a professional or a room on a local day (the
 * workspace's time zone). A walk-in has no appointment; a checked-in appointment joins with its
 * appointment_id (at most one live entry each). Order is join order (ids are UUIDv7).
 * `queue_kind` 'general' (owner null) is the front desk's queue when no one is named.
 */
export const queueEntries = agenda
  .table(
    'queue_entries',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      queueKind: text().notNull(),
      queueOwnerId: uuid(),
      day: date({ mode: 'string' }).notNull(),
      status: text().notNull(),
      appointmentId: uuid(),
      patientId: uuid(),
      name: text(),
      serviceId: uuid(),
      professionalId: uuid(),
      resourceId: uuid(),
      durationMinutes: integer().notNull(),
      notes: text(),
      joinedAt: timestamp({ withTimezone: true }).notNull(),
      calledAt: timestamp({ withTimezone: true }),
      startedAt: timestamp({ withTimezone: true }),
      finishedAt: timestamp({ withTimezone: true }),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      // Why: the queue of one professional/room on one day, in join order.
      index().on(t.workspaceId, t.queueKind, t.queueOwnerId, t.day, t.id),
      // Why: an appointment is in the queue at most once.
      uniqueIndex('queue_entries_appointment').on(t.workspaceId, t.appointmentId),
      check('queue_entries_kind', sql`${t.queueKind} in ('professional', 'resource', 'general')`),
      check('queue_entries_status', sql`${t.status} in ('waiting', 'called', 'in_service', 'done', 'left', 'no_show')`),
      check('queue_entries_duration', sql`${t.durationMinutes} between 1 and 1440`),
      tenantPolicy('queue_entries_tenant'),
    ],
  )
  .enableRLS();
