import { type AppContext, queryRows, withTransaction } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { type ChannelGuard, channelGuard, Deferred } from '../providers/channel-guard';
import { sendText } from '../providers/sender';
import type { ConversationSettings } from '../settings';
import { claimDueMessages } from './claim-due-messages';
import { recordSendOutcome } from './record-send-outcome';

export type SendDueMessagesInput = {
  settings: ConversationSettings;
  /** Signs a stored file's key (the app's UrlSigner): providers fetch outbound media at NEXOVA_PUBLIC_URL + it. */
  sign?: (key: string) => { url: string };
  /** The worker's per-channel rate and circuit breaker; one is kept per worker (a fresh one has no history). */
  guard?: ChannelGuard;
  now?: Date;
  batch?: number;
  maxWorkspaces?: number;
};

// The sender worker's entry point: for every workspace with outbound messages due (found through a
// SECURITY DEFINER function that reveals only ids), claims them in a short transaction (status
// sending, a lease), calls each provider with NO transaction open, and records each outcome in a new
// one. A message is claimed by one sender at a time and never again once sent, so a retried consumer
// or a second worker cannot send it twice; only a crash between the provider's answer and its
// record resends it after the lease (Infobip receives our message id as its messageId). A send the
// channel's guard holds back (its rate, an open circuit) goes back to the queue with its attempt returned.
export async function sendDueMessages({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: SendDueMessagesInput;
}): Promise<{ claimed: number; sent: number }> {
  if (ctx.tx) throw new Error('Messages are sent outside any transaction.');
  const s = input.settings;
  const now = input.now ?? new Date();
  const guard = input.guard ?? channelGuard(s.guard);
  const sign = input.sign;
  const fileUrl = (key: string) => (s.publicUrl && sign ? `${s.publicUrl}${sign(key).url}` : null);
  const due = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from conversations.workspaces_with_due_messages(${now.toISOString()}::timestamptz, ${input.maxWorkspaces ?? 1000}) as id`,
  );
  const result = { claimed: 0, sent: 0 };
  for (const { id } of due) {
    const scoped = { ...ctx, workspaceId: id, tx: undefined };
    const claimed = await withTransaction(scoped, (t) =>
      claimDueMessages(t, { now, batch: input.batch ?? 20, leaseMs: s.leaseMs, sealKey: s.sealKey }),
    );
    result.claimed += claimed.length;
    await Promise.all(
      claimed.map(async (out) => {
        const outcome = await guard
          .send(out.channel.id, () => sendText(out, { graphUrl: s.metaGraphUrl, timeoutMs: s.timeoutMs, fileUrl }))
          .then(
            (res) =>
              res instanceof Deferred
                ? { messageId: out.messageId, deferredUntil: res.until }
                : { messageId: out.messageId, result: res },
            (error: unknown) => ({ messageId: out.messageId, error }),
          );
        const recorded = await recordSendOutcome({
          ctx: scoped,
          input: { ...outcome, now: input.now ?? new Date() },
          policy: { maxAttempts: s.maxAttempts, retryBaseMs: s.retryBaseMs },
        });
        if (recorded === 'sent') result.sent++;
      }),
    );
  }
  return result;
}
