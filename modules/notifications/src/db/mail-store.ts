import { type TxContext, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { type MailAttachment, mails } from './schema';

export type NewMail = {
  audience: 'member' | 'customer';
  /** The member's user id, or the customer's person id. */
  recipientId: string;
  kind: string;
  sourceEventId: string;
  recipient: string;
  subject: string;
  body: string;
  attachments?: MailAttachment[];
};
export type ClaimedMail = {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  attachments: MailAttachment[];
  attemptCount: number;
};

/** Queues mails, skipping those already queued (same event and recipient); returns how many are new. */
export async function insertMails(t: TxContext, rows: NewMail[], now: Date): Promise<number> {
  if (rows.length === 0) return 0;
  const workspaceId = workspaceOf(t);
  const inserted = await t.tx
    .insert(mails)
    .values(rows.map((r) => ({ ...r, id: newId(), workspaceId, nextAttemptAt: now })))
    .onConflictDoNothing({ target: [mails.workspaceId, mails.sourceEventId, mails.audience, mails.recipientId] })
    .returning({ id: mails.id });
  return inserted.length;
}

/**
 * Locks the workspace's due mails no other worker holds and leases them: their `next_attempt_at`
 * moves to the lease's end and the attempt is counted, so a worker that dies mid-send leaves them
 * to another after the lease.
 */
export async function claimDueMails(t: TxContext, now: Date, leaseMs: number, batch: number): Promise<ClaimedMail[]> {
  const ws = workspaceOf(t);
  const rows = await t.tx
    .select({ id: mails.id })
    .from(mails)
    .where(and(eq(mails.workspaceId, ws), eq(mails.status, 'pending'), lte(mails.nextAttemptAt, now)))
    .orderBy(asc(mails.nextAttemptAt))
    .limit(batch)
    .for('update', { skipLocked: true });
  if (rows.length === 0) return [];
  return t.tx
    .update(mails)
    .set({
      nextAttemptAt: new Date(now.getTime() + leaseMs),
      attemptCount: sql`${mails.attemptCount} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(mails.workspaceId, ws),
        inArray(
          mails.id,
          rows.map((r) => r.id),
        ),
      ),
    )
    .returning({
      id: mails.id,
      recipient: mails.recipient,
      subject: mails.subject,
      body: mails.body,
      attachments: mails.attachments,
      attemptCount: mails.attemptCount,
    });
}

/** What became of one attempt: sent, or retried at `retryAt`, or failed for good (retryAt null). */
export async function settleMail(
  t: TxContext,
  id: string,
  outcome: { sent: true; at: Date } | { sent: false; error: string; retryAt: Date | null; at: Date },
): Promise<void> {
  const set = outcome.sent
    ? { status: 'sent', sentAt: outcome.at, nextAttemptAt: null, lastError: null, updatedAt: outcome.at }
    : {
        status: outcome.retryAt ? 'pending' : 'failed',
        nextAttemptAt: outcome.retryAt,
        lastError: outcome.error.slice(0, 1000),
        updatedAt: outcome.at,
      };
  await t.tx
    .update(mails)
    .set(set)
    .where(and(eq(mails.workspaceId, workspaceOf(t)), eq(mails.id, id)));
}
