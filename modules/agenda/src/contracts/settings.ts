import { z } from 'zod';

// A workspace's agenda settings as the API shows them: the effective reminder lead time, and
// whether it is the workspace's own or the deployment's default (AGENDA_REMINDER_MINUTES_BEFORE).

export const agendaSettingsSchema = z
  .object({
    reminders_enabled: z.boolean().describe('Whether patients of this workspace get appointment reminders.'),
    reminder_minutes_before: z
      .number()
      .int()
      .describe('How long before the start the reminder goes out (the workspace’s, else the default).'),
    reminder_minutes_before_is_default: z
      .boolean()
      .describe('True while the workspace has not set its own lead time (AGENDA_REMINDER_MINUTES_BEFORE applies).'),
    version: z.number().int().describe('0 until the settings are first written.'),
    updated_at: z.string().nullable(),
  })
  .meta({
    example: {
      reminders_enabled: true,
      reminder_minutes_before: 120,
      reminder_minutes_before_is_default: false,
      version: 2,
      updated_at: '2026-11-28T12:00:00.000Z',
    },
  });
export type AgendaSettings = z.infer<typeof agendaSettingsSchema>;

export const agendaSettingsBody = z
  .object({
    reminders_enabled: z.boolean().optional(),
    reminder_minutes_before: z
      .number()
      .int()
      .min(1)
      .max(20_160)
      .nullable()
      .optional()
      .describe(
        'Minutes before the start, 1 to 20160 (14 days, as AGENDA_REMINDER_MINUTES_BEFORE); null goes back to the default.',
      ),
  })
  .meta({ example: { reminders_enabled: true, reminder_minutes_before: 120 } });
