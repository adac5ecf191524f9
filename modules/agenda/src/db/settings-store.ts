import { type TxContext, workspaceOf } from '@nexova/db';
import { eq, sql } from 'drizzle-orm';
import { agendaSettings } from './schema';

export type AgendaSettingsRow = typeof agendaSettings.$inferSelect;

/** The workspace's agenda settings, or null before any were written (the defaults). */
export async function findAgendaSettings(t: TxContext): Promise<AgendaSettingsRow | null> {
  const [row] = await t.tx
    .select()
    .from(agendaSettings)
    .where(eq(agendaSettings.workspaceId, workspaceOf(t)));
  return row ?? null;
}

export async function upsertAgendaSettings(
  t: TxContext,
  values: { remindersEnabled: boolean; reminderMinutesBefore: number | null },
): Promise<AgendaSettingsRow> {
  const [row] = await t.tx
    .insert(agendaSettings)
    .values({ workspaceId: workspaceOf(t), ...values })
    .onConflictDoUpdate({
      target: agendaSettings.workspaceId,
      set: { ...values, version: sql`${agendaSettings.version} + 1`, updatedAt: new Date() },
    })
    .returning();
  return row as AgendaSettingsRow;
}
