import { type AppContext, withTransaction } from '@nexova/db';
import type { Channel } from '../contracts/channel';
import { mustLoadChannel, toChannel } from '../db/channel-store';

export type GetChannelInput = { channelId: string };

// One channel of the workspace (never its credentials); a foreign id is 404.
export async function getChannel({
  ctx,
  input,
  sealKey,
}: {
  ctx: AppContext;
  input: GetChannelInput;
  sealKey: string | null;
}): Promise<Channel> {
  return withTransaction(ctx, async (t) => toChannel(await mustLoadChannel(t, input.channelId), sealKey));
}
