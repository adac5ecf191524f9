import { type TxContext, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import { appointmentReminders } from './reminder-schema';

export type ReminderOutcome = 'sent' | 'skipped_no_email' | 'skipped_disabled';
export type ReminderRow = typeof appointmentReminders.$inferSelect;

/**
 * Claims the appointment's one reminder: true when this call recorded it, false when a row already
 * exists (sent or skipped before). The caller sends after claiming; if the send throws, its
 * transaction rolls the claim back and the timer's retry claims again.
 */
export async function claimReminder(
  t: TxContext,
  claim: { appointmentId: string; outcome: ReminderOutcome; recipient: string | null },
): Promise<boolean> {
  const rows = await t.tx
    .insert(appointmentReminders)
    .values({ id: newId(), workspaceId: workspaceOf(t), channel: 'email', ...claim })
    .onConflictDoNothing()
    .returning({ id: appointmentReminders.id });
  return rows.length === 1;
}

/** Records how a claimed reminder went out: its channels (email, whatsapp, email+whatsapp) or none. */
export async function settleReminder(
  t: TxContext,
  appointmentId: string,
  settled: { outcome: ReminderOutcome; channel: string },
): Promise<void> {
  await t.tx
    .update(appointmentReminders)
    .set(settled)
    .where(
      and(eq(appointmentReminders.workspaceId, workspaceOf(t)), eq(appointmentReminders.appointmentId, appointmentId)),
    );
}

export async function reminderOf(t: TxContext, appointmentId: string): Promise<ReminderRow | null> {
  const [row] = await t.tx
    .select()
    .from(appointmentReminders)
    .where(
      and(eq(appointmentReminders.workspaceId, workspaceOf(t)), eq(appointmentReminders.appointmentId, appointmentId)),
    );
  return row ?? null;
}
