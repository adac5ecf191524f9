/** Notified (after commit) when notification e-mails are queued: the mail sender wakes at once. */
export const NOTIFICATIONS_MAIL_CHANNEL = 'nexova_notification_mails';
