import { getPatient } from '@nexova/clinic';
import { type AppContext, withTransaction } from '@nexova/db';
import { getWorkspaceSettings } from '@nexova/tenancy';
import { mustLoadAppointment } from '../db/appointment-store';
import { claimReminder, type ReminderOutcome, settleReminder } from '../db/reminder-store';
import { mustLoad } from '../db/setup-store';
import type { ReminderSettings } from '../reminders/notifier';
import { reminderMail } from '../reminders/reminder-mail';
import { reminderPolicy } from './agenda-settings';

export type SendReminderInput = { appointmentId: string; now?: Date };
export type SendReminderResult = ReminderOutcome | 'not_due' | 'already_done';

const REMINDED = new Set(['booked', 'confirmed']);

// Sends an appointment's reminder when its timer fires: only while it is booked or confirmed and
// not started, and at most once (the appointment_reminders row is claimed before the send, in the
// same transaction, so a failed send is retried and a repeated firing sends nothing). The notifier
// queues it by e-mail and/or WhatsApp (notifications' switches); a patient reached by neither is
// recorded as skipped_no_email, as is every reminder of a workspace that turned them off
// (skipped_disabled). The appointment row is locked so a concurrent cancel waits for the reminder,
// or the reminder sees the cancel.
export async function sendReminder({
  ctx,
  input,
  settings,
}: {
  ctx: AppContext;
  input: SendReminderInput;
  settings: ReminderSettings;
}): Promise<SendReminderResult> {
  const now = input.now ?? new Date();
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadAppointment(t, input.appointmentId, true);
    if (!REMINDED.has(row.status) || !row.patientId || row.startsAt.getTime() <= now.getTime()) return 'not_due';
    const policy = await reminderPolicy(t, settings.minutesBefore);
    const patient = await getPatient({ ctx: t, input: { patientId: row.patientId } });
    const email = patient.person?.email ?? null;
    const outcome: ReminderOutcome = !policy.enabled ? 'skipped_disabled' : 'sent';
    if (!(await claimReminder(t, { appointmentId: row.id, outcome, recipient: email }))) return 'already_done';
    if (outcome !== 'sent') return outcome;
    const service = await mustLoad(t, 'service', row.serviceId);
    const professional = await mustLoad(t, 'professional', row.professionalId);
    const workspace = await getWorkspaceSettings({ ctx: t });
    const { tokens } = settings;
    const link = (action: 'confirm' | 'cancel', locale: string) => {
      const token = tokens.sign({ workspaceId: row.workspaceId, appointmentId: row.id, action }, row.startsAt);
      return `${settings.publicUrl}/appointment-reminder?token=${encodeURIComponent(token)}&lang=${locale}`;
    };
    const notice = reminderMail({
      to: email,
      personId: patient.person?.id ?? row.patientId,
      patientName: patient.person?.name ?? '',
      service: service.name,
      professional: professional.name,
      appointmentId: row.id,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      locale: workspace.locale,
      timezone: workspace.timezone,
      link,
    });
    const reached = await settings.notifier.notify(t, notice);
    const channel = [reached.email && 'email', reached.whatsapp && 'whatsapp'].filter(Boolean).join('+');
    if (!channel) {
      await settleReminder(t, row.id, { outcome: 'skipped_no_email', channel: 'email' });
      return 'skipped_no_email';
    }
    await settleReminder(t, row.id, { outcome, channel });
    return outcome;
  });
}
