import { notifyAfterCommit, type TxContext } from '@nexova/db';
import { insertMails } from '../db/mail-store';
import type { MailAttachment } from '../db/schema';
import { NOTIFICATIONS_MAIL_CHANNEL } from '../sender/channel';

export type QueueCustomerMailInput = {
  /** The person the mail is for (a customer or patient of the directory). */
  personId: string;
  /** What it is about (appointment_reminder, …), for the queue and its once-only key. */
  kind: string;
  /** What it comes from: one mail per source and person (an appointment id, an event id). */
  sourceId: string;
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
};

/**
 * Queues a mail another module wrote for a customer, in the caller's transaction: it commits or
 * rolls back with the caller's work, and the mail worker sends it outside any transaction, with
 * retries. The same source and person again queues nothing: false.
 */
export async function queueCustomerMail({
  ctx,
  input,
}: {
  ctx: TxContext;
  input: QueueCustomerMailInput;
}): Promise<boolean> {
  const queued = await insertMails(
    ctx,
    [
      {
        audience: 'customer',
        recipientId: input.personId,
        kind: input.kind,
        sourceEventId: input.sourceId,
        recipient: input.to,
        subject: input.subject,
        body: input.text,
        attachments: input.attachments ?? [],
      },
    ],
    new Date(),
  );
  if (queued > 0) await notifyAfterCommit(ctx.tx, NOTIFICATIONS_MAIL_CHANNEL);
  return queued > 0;
}
