import { tenantPolicy, timestamps, versionColumn } from '@nexova/db/schema';
import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgSchema, uuid } from 'drizzle-orm/pg-core';

const agenda = pgSchema('agenda');

/**
 * A workspace's agenda settings: whether its patients get reminders, and how long before the start
 * (null: AGENDA_REMINDER_MINUTES_BEFORE, the deployment's default). No row: the defaults.
 */
export const agendaSettings = agenda
  .table(
    'settings',
    {
      workspaceId: uuid().primaryKey(),
      remindersEnabled: boolean().notNull().default(true),
      reminderMinutesBefore: integer(),
      ...versionColumn(),
      ...timestamps(),
    },
    (t) => [
      check('settings_reminder_minutes', sql`${t.reminderMinutesBefore} between 1 and 20160`),
      tenantPolicy('settings_tenant'),
    ],
  )
  .enableRLS();
