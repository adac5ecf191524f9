import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, eq } from 'drizzle-orm';
import { messageMediaUpdated } from '../contracts/events/conversation-events.v1';
import { toMessage } from '../db/conversation-store';
import { toMedia } from '../db/media-store';
import { messageMedia, messages } from '../db/schema';
import { SendError } from '../providers/send-error';

export type StoredMediaFile = { fileKey: string; contentType: string; size: number; sha256: string };
export type MediaOutcome = { mediaId: string; stored: StoredMediaFile } | { mediaId: string; error: unknown };
export type MediaRetryPolicy = { maxAttempts: number; retryBaseMs: number };

// Records what one claimed download came to: stored (the file's key, type, size, digest), a retry
// with backoff (network, 429, 5xx, while attempts remain, back to `pending`) or failed. Stored and
// failed publish conversations.message.media_updated with the message. Only a media still
// `downloading` is touched, so a late outcome after another worker's claim changes nothing.
export async function recordMediaOutcome({
  ctx,
  input,
  policy,
}: {
  ctx: AppContext;
  input: MediaOutcome & { now: Date };
  policy: MediaRetryPolicy;
}): Promise<'stored' | 'retry' | 'failed' | 'stale'> {
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    const [row] = await t.tx
      .select()
      .from(messageMedia)
      .where(and(eq(messageMedia.workspaceId, ws), eq(messageMedia.id, input.mediaId)))
      .for('update');
    if (row?.status !== 'downloading') return 'stale';
    let outcome: 'stored' | 'retry' | 'failed';
    // The simulator's bytes are not kept twice: once stored, its source forgets them.
    const { data: _data, ...source } = row.source;
    if ('stored' in input) {
      outcome = 'stored';
      await t.tx
        .update(messageMedia)
        .set({ status: 'stored', ...input.stored, source, error: null, nextAttemptAt: null, updatedAt: input.now })
        .where(eq(messageMedia.id, row.id));
    } else {
      const error = input.error instanceof Error ? input.error.message : String(input.error);
      const retryable = input.error instanceof SendError ? input.error.retryable : true;
      if (retryable && row.attempts < policy.maxAttempts) {
        const wait = policy.retryBaseMs * 2 ** Math.max(0, row.attempts - 1);
        await t.tx
          .update(messageMedia)
          .set({ status: 'pending', nextAttemptAt: new Date(input.now.getTime() + wait), error, updatedAt: input.now })
          .where(eq(messageMedia.id, row.id));
        return 'retry';
      }
      outcome = 'failed';
      await t.tx
        .update(messageMedia)
        .set({ status: 'failed', source, error, nextAttemptAt: null, updatedAt: input.now })
        .where(eq(messageMedia.id, row.id));
    }
    const [media] = await t.tx.select().from(messageMedia).where(eq(messageMedia.id, row.id));
    const [message] = row.messageId
      ? await t.tx
          .select()
          .from(messages)
          .where(and(eq(messages.workspaceId, ws), eq(messages.id, row.messageId)))
      : [];
    if (media && message)
      await publish(t, messageMediaUpdated, {
        aggregateId: message.conversationId,
        payload: toMessage(message, toMedia(media)),
      });
    return outcome;
  });
}
