import type { TxContext } from '@nexova/db';
import type { ReminderTokens } from './reminder-token';

/** A file sent with a notice (the reminder's .ics). */
export type NoticeAttachment = { filename: string; content: string; contentType: string };

/**
 * One message to a patient (the person `personId`) about one appointment: the e-mail (`to` null when
 * they have no address) and the facts a WhatsApp template is written from.
 */
export type Notice = {
  personId: string;
  appointmentId: string;
  to: string | null;
  subject: string;
  text: string;
  attachments: NoticeAttachment[];
  /** The template's parameters: the patient's name, the service, when (in their language), the professional. */
  facts: { name: string; service: string; when: string; professional: string };
};

/** Which channels a notice was queued on (neither: the patient has no address nor WhatsApp, or both are off). */
export type NoticeOutcome = { email: boolean; whatsapp: boolean };

/**
 * How agenda reaches patients: the app wires notifications' customer notices (e-mail, WhatsApp) to it. `notify` runs in the
 * reminder's transaction and only queues (nothing is sent while a transaction is open), so a reminder
 * claimed is a reminder queued, and a rolled-back claim queues nothing.
 */
export type Notifier = { notify(t: TxContext, notice: Notice): Promise<NoticeOutcome> };

/** What agenda's reminders need from the app: the notifier, the lead time, the link base and key. */
export type ReminderSettings = {
  notifier: Notifier;
  minutesBefore: number;
  /** Where the confirm/cancel links point (NEXOVA_PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** Signs the links: reminderTokens(NEXOVA_SECRET_KEY), made once per app. */
  tokens: ReminderTokens;
};
