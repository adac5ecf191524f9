import type { TxContext } from '@nexova/db';
import type { ReminderTokens } from './reminder-token';

/** A file sent with a notice (the reminder's .ics). */
export type NoticeAttachment = { filename: string; content: string; contentType: string };

/** One message to a patient (the person `personId`) about one appointment. */
export type Notice = {
  channel: 'email';
  personId: string;
  appointmentId: string;
  to: string;
  subject: string;
  text: string;
  attachments: NoticeAttachment[];
};

/**
 * How agenda reaches patients: the app wires notifications' mail queue to it. `notify` runs in the
 * reminder's transaction and only queues (nothing is sent while a transaction is open), so a reminder
 * claimed is a reminder queued, and a rolled-back claim queues nothing.
 */
export type Notifier = { notify(t: TxContext, notice: Notice): Promise<void> };

/** What agenda's reminders need from the app: the notifier, the lead time, the link base and key. */
export type ReminderSettings = {
  notifier: Notifier;
  minutesBefore: number;
  /** Where the confirm/cancel links point (NEXOVA_PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** Signs the links: reminderTokens(NEXOVA_SECRET_KEY), made once per app. */
  tokens: ReminderTokens;
};
