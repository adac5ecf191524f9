import type { Config } from '@nexova/config';
import type { MailAttachment } from './db/schema';

/** How a notification e-mail goes out (the mail facility the app already has: identity's mailer). */
export type NotificationMailer = {
  send(message: { to: string; subject: string; text: string; attachments?: MailAttachment[] }): Promise<void>;
};

/** What the notifications module is built with, once per app: the mailer and its limits. */
export type NotificationsRuntime = { mailer: NotificationMailer; settings: NotificationSettings };

export type NotificationSettings = {
  /** NOTIFICATIONS_RECIPIENTS_MAX: most members one event notifies. */
  recipientsMax: number;
  sendIntervalMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  leaseMs: number;
};

export function notificationSettings(config: Config): NotificationSettings {
  return {
    recipientsMax: config.NOTIFICATIONS_RECIPIENTS_MAX,
    sendIntervalMs: config.NOTIFICATIONS_MAIL_SEND_INTERVAL_MS,
    maxAttempts: config.NOTIFICATIONS_MAIL_MAX_ATTEMPTS,
    retryBaseMs: config.NOTIFICATIONS_MAIL_RETRY_BASE_MS,
    leaseMs: config.NOTIFICATIONS_MAIL_LEASE_MS,
  };
}
