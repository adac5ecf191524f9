import { type TxContext, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { messageStatusChanged } from '../contracts/events/conversation-events.v1';
import { openChannel } from '../db/channel-store';
import { mediaOfMessages } from '../db/media-store';
import { channels, conversations, messages } from '../db/schema';
import type { OutboundText } from '../providers/sender';

export type ClaimInput = { now: Date; batch: number; leaseMs: number; sealKey: string | null };

const HANDED_OVER = 'conversation_handled_by_member';

// Locks the workspace's due outbound messages (queued, or sending with an ended lease), marks them
// `sending` with a lease and one more attempt, and returns what to send. Messages of a disabled
// channel stay queued. Ownership is checked here, at send time: an agent's message in a
// conversation a member has taken over is `canceled` (message.status_changed), never sent. The
// conversations are read FOR SHARE, so a take-over committing meanwhile is either seen or waits.
export async function claimDueMessages(t: TxContext, input: ClaimInput): Promise<OutboundText[]> {
  const ws = workspaceOf(t);
  const activeChannels = t.tx
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.workspaceId, ws), eq(channels.status, 'active')));
  const rows = await t.tx
    .select({
      id: messages.id,
      channelId: messages.channelId,
      conversationId: messages.conversationId,
      authorType: messages.authorType,
      text: messages.text,
      kind: messages.kind,
      content: messages.content,
    })
    .from(messages)
    .where(
      and(
        eq(messages.workspaceId, ws),
        inArray(messages.status, ['queued', 'sending']),
        lte(messages.nextAttemptAt, input.now),
        inArray(messages.channelId, activeChannels),
      ),
    )
    .orderBy(asc(messages.nextAttemptAt))
    .limit(input.batch)
    .for('update', { skipLocked: true });
  if (rows.length === 0) return [];
  const convRows = await t.tx
    .select({ id: conversations.id, to: conversations.contactAddress, handledBy: conversations.handledBy })
    .from(conversations)
    .where(
      and(
        eq(conversations.workspaceId, ws),
        inArray(conversations.id, [...new Set(rows.map((r) => r.conversationId))]),
      ),
    )
    .for('share');
  const convOf = new Map(convRows.map((c) => [c.id, c]));
  const handedOver = (r: (typeof rows)[number]) =>
    r.authorType === 'agent' && convOf.get(r.conversationId)?.handledBy === 'member';
  const toCancel = rows.filter(handedOver);
  const toSend = rows.filter((r) => !handedOver(r));
  if (toCancel.length > 0) await cancel(t, toCancel, input.now);
  if (toSend.length === 0) return [];
  await t.tx
    .update(messages)
    .set({
      status: 'sending',
      attempts: sql`${messages.attempts} + 1`,
      nextAttemptAt: new Date(input.now.getTime() + input.leaseMs),
      updatedAt: input.now,
    })
    .where(
      and(
        eq(messages.workspaceId, ws),
        inArray(
          messages.id,
          toSend.map((r) => r.id),
        ),
      ),
    );
  const channelRows = await t.tx
    .select()
    .from(channels)
    .where(and(eq(channels.workspaceId, ws), inArray(channels.id, [...new Set(toSend.map((r) => r.channelId))])));
  const byChannel = new Map(channelRows.map((c) => [c.id, openChannel(c, input.sealKey)]));
  const files = await mediaOfMessages(
    t,
    toSend.filter((r) => r.kind === 'image' || r.kind === 'document').map((r) => r.id),
  );
  return toSend.flatMap((r) => {
    const channel = byChannel.get(r.channelId);
    const to = convOf.get(r.conversationId)?.to;
    const f = files.get(r.id);
    const file = f?.fileKey ? { key: f.fileKey, contentType: f.contentType, filename: f.filename } : null;
    return channel && to
      ? [{ messageId: r.id, channel, to, text: r.text ?? '', kind: r.kind, content: r.content, file }]
      : [];
  });
}

async function cancel(t: TxContext, rows: { id: string; conversationId: string }[], now: Date): Promise<void> {
  await t.tx
    .update(messages)
    .set({ status: 'canceled', nextAttemptAt: null, error: HANDED_OVER, updatedAt: now })
    .where(
      and(
        eq(messages.workspaceId, workspaceOf(t)),
        inArray(
          messages.id,
          rows.map((r) => r.id),
        ),
      ),
    );
  for (const r of rows)
    await publish(t, messageStatusChanged, {
      aggregateId: r.conversationId,
      payload: { message_id: r.id, conversation_id: r.conversationId, status: 'canceled', error: HANDED_OVER },
    });
}
