import { type TxContext, workspaceOf } from '@nexova/db';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { type OpenChannel, openChannel } from '../db/channel-store';
import { channels, messageMedia, messages } from '../db/schema';

export type ClaimMediaInput = { now: Date; batch: number; leaseMs: number; sealKey: string | null };
export type ClaimedMedia = { mediaId: string; kind: string; channel: OpenChannel; source: Record<string, unknown> };

// Locks the workspace's due inbound media (pending, or downloading with an ended lease), marks them
// `downloading` with a lease and one more attempt, and returns what to fetch. One worker at a time
// holds a claim; a worker that died mid-download leaves it due again once the lease ends.
export async function claimDueMedia(t: TxContext, input: ClaimMediaInput): Promise<ClaimedMedia[]> {
  const ws = workspaceOf(t);
  const rows = await t.tx
    .select({
      id: messageMedia.id,
      channelId: messageMedia.channelId,
      source: messageMedia.source,
      messageId: messageMedia.messageId,
    })
    .from(messageMedia)
    .where(
      and(
        eq(messageMedia.workspaceId, ws),
        eq(messageMedia.direction, 'inbound'),
        inArray(messageMedia.status, ['pending', 'downloading']),
        lte(messageMedia.nextAttemptAt, input.now),
      ),
    )
    .orderBy(asc(messageMedia.nextAttemptAt))
    .limit(input.batch)
    .for('update', { skipLocked: true });
  if (rows.length === 0) return [];
  const kinds = await t.tx
    .select({ id: messages.id, kind: messages.kind })
    .from(messages)
    .where(
      and(
        eq(messages.workspaceId, ws),
        inArray(
          messages.id,
          rows.flatMap((r) => (r.messageId ? [r.messageId] : [])),
        ),
      ),
    );
  const kindOf = new Map(kinds.map((k) => [k.id, k.kind]));
  await t.tx
    .update(messageMedia)
    .set({
      status: 'downloading',
      attempts: sql`${messageMedia.attempts} + 1`,
      nextAttemptAt: new Date(input.now.getTime() + input.leaseMs),
      updatedAt: input.now,
    })
    .where(
      and(
        eq(messageMedia.workspaceId, ws),
        inArray(
          messageMedia.id,
          rows.map((r) => r.id),
        ),
      ),
    );
  const channelRows = await t.tx
    .select()
    .from(channels)
    .where(and(eq(channels.workspaceId, ws), inArray(channels.id, [...new Set(rows.map((r) => r.channelId))])));
  const byChannel = new Map(channelRows.map((c) => [c.id, openChannel(c, input.sealKey)]));
  return rows.flatMap((r) => {
    const channel = byChannel.get(r.channelId);
    return channel
      ? [{ mediaId: r.id, kind: kindOf.get(r.messageId ?? '') ?? 'document', channel, source: r.source }]
      : [];
  });
}
