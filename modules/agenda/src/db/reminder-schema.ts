import { createdAtColumn, tenantPolicy } from '@nexova/db/schema';
import { pgSchema, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

// The same `agenda` Postgres schema as schema.ts (which re-exports this file); its own handle avoids an import cycle.
const agenda = pgSchema('agenda');

/**
 * What became of each appointment's reminder: `sent` (to `recipient`) or `skipped_no_email` (the
 * patient has no e-mail). One row per appointment at most: the unique index is what makes a
 * retried or repeated timer send nothing twice.
 */
export const appointmentReminders = agenda
  .table(
    'appointment_reminders',
    {
      id: uuid().primaryKey(),
      workspaceId: uuid().notNull(),
      appointmentId: uuid().notNull(),
      outcome: text().notNull(),
      channel: text().notNull(),
      recipient: text(),
      ...createdAtColumn(),
    },
    (t) => [
      // Why: at most one reminder per appointment, even when its timer fires again.
      uniqueIndex().on(t.workspaceId, t.appointmentId),
      tenantPolicy('appointment_reminders_tenant'),
    ],
  )
  .enableRLS();
