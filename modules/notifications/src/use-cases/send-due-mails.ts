import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { claimDueMails, settleMail } from '../db/mail-store';
import type { NotificationMailer, NotificationSettings } from '../settings';

export type SendDueMailsInput = {
  mailer: NotificationMailer;
  settings: NotificationSettings;
  now?: Date;
  batch?: number;
};

// The mail worker's entry point: for every workspace with notification mails due (found through a
// SECURITY DEFINER function that reveals only ids), claims them in a short transaction (a lease),
// sends each with NO transaction open, and settles each in a new one: sent, retried later with
// backoff, or failed after NOTIFICATIONS_MAIL_MAX_ATTEMPTS. A crash between a send and its
// settlement sends that mail again after the lease (at least once; never twice otherwise).
export async function sendDueMails({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: SendDueMailsInput;
}): Promise<{ claimed: number; sent: number }> {
  if (ctx.tx) throw new Error('Notification mails are sent outside any transaction.');
  const now = input.now ?? new Date();
  const { settings } = input;
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from notifications.workspaces_with_due_mails(${now.toISOString()}::timestamptz, 1000) as id`,
  );
  const result = { claimed: 0, sent: 0 };
  for (const { id } of due) {
    const scoped = { ...ctx, workspaceId: id, tx: undefined };
    const claimed = await withTransaction(scoped, (t) => claimDueMails(t, now, settings.leaseMs, input.batch ?? 20));
    result.claimed += claimed.length;
    await Promise.all(
      claimed.map(async (mail) => {
        let error: string | null = null;
        try {
          await input.mailer.send({
            to: mail.recipient,
            subject: mail.subject,
            text: mail.body,
            ...(mail.attachments.length > 0 ? { attachments: mail.attachments } : {}),
          });
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
        }
        const at = new Date();
        const retryAt =
          mail.attemptCount < settings.maxAttempts
            ? new Date(at.getTime() + settings.retryBaseMs * 2 ** (mail.attemptCount - 1))
            : null;
        await withTransaction(scoped, (t) =>
          settleMail(t, mail.id, error === null ? { sent: true, at } : { sent: false, error, retryAt, at }),
        );
        if (error === null) result.sent++;
      }),
    );
  }
  return result;
}
