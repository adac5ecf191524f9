import { type AppContext, keysetAfterId, withTransaction, workspaceOf } from '@nexova/db';
import { decodeCursor, type Page, pageOf } from '@nexova/http';
import { and, desc, eq } from 'drizzle-orm';
import type { Channel } from '../contracts/channel';
import { toChannel } from '../db/channel-store';
import { channels } from '../db/schema';

export type ListChannelsInput = { limit?: number; cursor?: string };

// The workspace's channels, newest first (keyset paging); credentials are never part of the answer.
export async function listChannels({
  ctx,
  input = {},
  sealKey,
}: {
  ctx: AppContext;
  input?: ListChannelsInput;
  sealKey: string | null;
}): Promise<Page<Channel>> {
  const limit = input.limit ?? 50;
  const after = decodeCursor(input.cursor);
  return withTransaction(ctx, async (t) => {
    const rows = await t.tx
      .select()
      .from(channels)
      .where(and(eq(channels.workspaceId, workspaceOf(t)), keysetAfterId(channels.id, after, 'desc')))
      .orderBy(desc(channels.id))
      .limit(limit + 1);
    const page = pageOf(rows, limit, (r) => [r.id]);
    return { ...page, items: page.items.map((r) => toChannel(r, sealKey)) };
  });
}
