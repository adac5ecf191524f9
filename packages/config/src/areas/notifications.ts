import { envInt, envVar } from '../env-var';

// Notifications: staff's in-app feed and their e-mail, sent by a worker outside any transaction.
export const notificationsEnv = {
  ...envVar('NOTIFICATIONS_MAIL_SEND_INTERVAL_MS', envInt(1000, 20, 60_000), {
    description:
      'How often the workers look for notification e-mails that are due (new ones and retries) while some are waiting, and send them outside any database transaction. A new mail wakes them at once.',
    expected: 'milliseconds, an integer from 20 to 60000',
  }),
  ...envVar('NOTIFICATIONS_MAIL_MAX_ATTEMPTS', envInt(5, 1, 50), {
    description:
      'Attempts to send one notification e-mail before it is recorded as failed; retries wait NOTIFICATIONS_MAIL_RETRY_BASE_MS, doubling each time.',
    expected: 'an integer from 1 to 50',
  }),
  ...envVar('NOTIFICATIONS_MAIL_RETRY_BASE_MS', envInt(30_000, 10, 3_600_000), {
    description:
      'Pause before the first retry of a notification e-mail that could not be sent; each retry waits twice as long.',
    expected: 'milliseconds, an integer from 10 to 3600000',
  }),
  ...envVar('NOTIFICATIONS_MAIL_LEASE_MS', envInt(60_000, 1000, 3_600_000), {
    description:
      'How long a worker that claimed a notification e-mail has to send it before another worker may send it (a worker that died mid-send). A crash between the send and its record sends it again after this.',
    expected: 'milliseconds, an integer from 1000 to 3600000',
  }),
  ...envVar('NOTIFICATIONS_RECIPIENTS_MAX', envInt(500, 1, 10_000), {
    description:
      'Most members one event notifies (those whose role holds the permission its kind needs, oldest members first).',
    expected: 'an integer from 1 to 10000',
  }),
};
