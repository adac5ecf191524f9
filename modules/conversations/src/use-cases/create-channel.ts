import { type AppContext, lockForTransaction, withTransaction, workspaceOf } from '@nexova/db';
import { ConflictError, newId } from '@nexova/kernel';
import { count, eq } from 'drizzle-orm';
import type { Channel, ChannelKind } from '../contracts/channel';
import { toChannel } from '../db/channel-store';
import { channels } from '../db/schema';
import { storedSecrets } from '../domain/channel-secrets';
import type { ConversationSettings } from '../settings';
import { checkChannelFields } from './channel-fields';

export type CreateChannelInput = {
  kind: ChannelKind;
  name: string;
  settings?: Record<string, string>;
  credentials?: Record<string, string>;
};

// Adds a channel with every setting and credential its kind needs; the credentials are sealed at
// rest and never answered. Creations of one workspace are serialised so the limit holds.
export async function createChannel({
  ctx,
  input,
  settings: config,
}: {
  ctx: AppContext;
  input: CreateChannelInput;
  settings: Pick<ConversationSettings, 'sealKey' | 'maxChannels'>;
}): Promise<Channel> {
  const settings = input.settings ?? {};
  const credentials = input.credentials ?? {};
  checkChannelFields(input.kind, settings, credentials, true);
  return withTransaction(ctx, async (t) => {
    const ws = workspaceOf(t);
    await lockForTransaction(t, `conversations.channels:${ws}`);
    const [existing] = await t.tx.select({ n: count() }).from(channels).where(eq(channels.workspaceId, ws));
    if ((existing?.n ?? 0) >= config.maxChannels)
      throw new ConflictError(
        `This workspace already has ${existing?.n} channels, the most it may have (CONVERSATIONS_MAX_CHANNELS).`,
        { code: 'channel_limit_reached', extensions: { max_channels: config.maxChannels } },
      );
    const [row] = await t.tx
      .insert(channels)
      .values({
        id: newId(),
        workspaceId: ws,
        kind: input.kind,
        name: input.name.trim(),
        settings,
        secrets: storedSecrets(credentials, config.sealKey),
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toChannel(row, config.sealKey);
  });
}
