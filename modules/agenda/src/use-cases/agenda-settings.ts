import { type AppContext, type TxContext, withTransaction } from '@nexova/db';
import { assertExpectedVersion } from '@nexova/kernel';
import type { AgendaSettings } from '../contracts/settings';
import { type AgendaSettingsRow, findAgendaSettings, upsertAgendaSettings } from '../db/settings-store';

/** What applies to a workspace's reminders: its own settings over the deployment's default lead time. */
export type ReminderPolicy = { enabled: boolean; minutesBefore: number };

const toSettings = (row: AgendaSettingsRow | null, defaultMinutes: number): AgendaSettings => ({
  reminders_enabled: row?.remindersEnabled ?? true,
  reminder_minutes_before: row?.reminderMinutesBefore ?? defaultMinutes,
  reminder_minutes_before_is_default: (row?.reminderMinutesBefore ?? null) === null,
  version: row?.version ?? 0,
  updated_at: row ? row.updatedAt.toISOString() : null,
});

/** The reminder policy of the transaction's workspace (read where a reminder is scheduled or sent). */
export async function reminderPolicy(t: TxContext, defaultMinutes: number): Promise<ReminderPolicy> {
  const row = await findAgendaSettings(t);
  return { enabled: row?.remindersEnabled ?? true, minutesBefore: row?.reminderMinutesBefore ?? defaultMinutes };
}

export async function getAgendaSettings({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: { defaultMinutes: number };
}): Promise<AgendaSettings> {
  return withTransaction(ctx, async (t) => toSettings(await findAgendaSettings(t), input.defaultMinutes));
}

export type PutAgendaSettingsInput = {
  remindersEnabled?: boolean;
  /** null: back to the default; undefined: unchanged. */
  reminderMinutesBefore?: number | null;
  expectedVersion?: number;
  defaultMinutes: number;
};

// Sets the workspace's reminder policy. Appointments booked from now on follow it; a reminder
// already scheduled keeps its moment, but is not sent if reminders were turned off meanwhile.
export async function putAgendaSettings({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: PutAgendaSettingsInput;
}): Promise<AgendaSettings> {
  return withTransaction(ctx, async (t) => {
    const current = await findAgendaSettings(t);
    assertExpectedVersion(current?.version ?? 0, input.expectedVersion, 'The agenda settings');
    const row = await upsertAgendaSettings(t, {
      remindersEnabled: input.remindersEnabled ?? current?.remindersEnabled ?? true,
      reminderMinutesBefore:
        input.reminderMinutesBefore === undefined
          ? (current?.reminderMinutesBefore ?? null)
          : input.reminderMinutesBefore,
    });
    return toSettings(row, input.defaultMinutes);
  });
}
