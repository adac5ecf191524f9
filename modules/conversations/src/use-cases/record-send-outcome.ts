import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, eq, sql } from 'drizzle-orm';
import { messageStatusChanged } from '../contracts/events/conversation-events.v1';
import { messages } from '../db/schema';
import { SendError } from '../providers/send-error';
import type { SentMessage } from '../providers/sender';

export type SendOutcome =
  | { messageId: string; result: SentMessage }
  | { messageId: string; error: unknown }
  | { messageId: string; deferredUntil: Date };
export type RetryPolicy = { maxAttempts: number; retryBaseMs: number };

// Records what the provider answered for one claimed message: sent (its provider id), a retry with
// backoff (network, 429, 5xx, while attempts remain) or failed; publishes message.status_changed
// when the status moved. Only a message still `sending` is touched. A deferred send (the channel's
// rate or open circuit) is queued again for later with the claim's attempt given back.
export async function recordSendOutcome({
  ctx,
  input,
  policy,
}: {
  ctx: AppContext;
  input: SendOutcome & { now: Date };
  policy: RetryPolicy;
}): Promise<'sent' | 'retry' | 'deferred' | 'failed' | 'stale'> {
  return withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select()
      .from(messages)
      .where(and(eq(messages.workspaceId, workspaceOf(t)), eq(messages.id, input.messageId)))
      .for('update');
    if (row?.status !== 'sending') return 'stale';
    const publishStatus = (status: 'sent' | 'delivered' | 'failed', error: string | null) =>
      publish(t, messageStatusChanged, {
        aggregateId: row.conversationId,
        payload: { message_id: row.id, conversation_id: row.conversationId, status, error },
      });
    if ('deferredUntil' in input) {
      await t.tx
        .update(messages)
        .set({
          status: 'queued',
          attempts: sql`greatest(${messages.attempts} - 1, 0)`,
          nextAttemptAt: input.deferredUntil,
          updatedAt: input.now,
        })
        .where(eq(messages.id, row.id));
      return 'deferred';
    }
    if ('result' in input) {
      await t.tx
        .update(messages)
        .set({
          status: input.result.status,
          providerMessageId: input.result.providerMessageId,
          sentAt: input.now,
          nextAttemptAt: null,
          error: null,
          updatedAt: input.now,
        })
        .where(eq(messages.id, row.id));
      await publishStatus(input.result.status, null);
      return 'sent';
    }
    const error = input.error instanceof Error ? input.error.message : String(input.error);
    const retryable = input.error instanceof SendError ? input.error.retryable : true;
    if (retryable && row.attempts < policy.maxAttempts) {
      const wait = policy.retryBaseMs * 2 ** Math.max(0, row.attempts - 1);
      await t.tx
        .update(messages)
        .set({ status: 'queued', nextAttemptAt: new Date(input.now.getTime() + wait), error, updatedAt: input.now })
        .where(eq(messages.id, row.id));
      return 'retry';
    }
    await t.tx
      .update(messages)
      .set({ status: 'failed', nextAttemptAt: null, error, updatedAt: input.now })
      .where(eq(messages.id, row.id));
    await publishStatus('failed', error);
    return 'failed';
  });
}
