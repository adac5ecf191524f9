import type { ReminderTokens } from './reminder-token';

/** A file sent with a notice (the reminder's .ics). */
export type NoticeAttachment = { filename: string; content: string; contentType: string };

/** One message to a patient: mail today; a WhatsApp channel can be added when conversations lands. */
export type Notice = { channel: 'email'; to: string; subject: string; text: string; attachments: NoticeAttachment[] };

/** How agenda reaches patients (the app wires identity's mailer to it). A failed send throws. */
export type Notifier = { notify(notice: Notice): Promise<void> };

/** What agenda's reminders need from the app: the notifier, the lead time, the link base and key. */
export type ReminderSettings = {
  notifier: Notifier;
  minutesBefore: number;
  /** Where the confirm/cancel links point (NEXOVA_PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** Signs the links: reminderTokens(NEXOVA_SECRET_KEY), made once per app. */
  tokens: ReminderTokens;
};
