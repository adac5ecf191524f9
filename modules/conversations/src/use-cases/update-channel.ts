import { type AppContext, withTransaction } from '@nexova/db';
import { assertExpectedVersion } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import type { Channel, ChannelKind } from '../contracts/channel';
import { mustLoadChannel, toChannel } from '../db/channel-store';
import { channels } from '../db/schema';
import { readSecrets, storedSecrets } from '../domain/channel-secrets';
import type { ConversationSettings } from '../settings';
import { checkChannelFields } from './channel-fields';

export type UpdateChannelInput = {
  channelId: string;
  name?: string;
  status?: 'active' | 'disabled';
  /** Settings to replace, one by one (the others stay). */
  settings?: Record<string, string>;
  /** Credentials to replace, one by one (rotation); the others stay. */
  credentials?: Record<string, string>;
  /** If-Match: a stale version answers 412. */
  expectedVersion?: number;
};

// Renames, disables or re-enables a channel, or replaces some of its settings and credentials.
export async function updateChannel({
  ctx,
  input,
  settings: config,
}: {
  ctx: AppContext;
  input: UpdateChannelInput;
  settings: Pick<ConversationSettings, 'sealKey'>;
}): Promise<Channel> {
  return withTransaction(ctx, async (t) => {
    const row = await mustLoadChannel(t, input.channelId, true);
    assertExpectedVersion(row.version, input.expectedVersion, `Channel ${row.id}`);
    checkChannelFields(row.kind as ChannelKind, input.settings ?? {}, input.credentials ?? {}, false);
    const secrets = { ...readSecrets(row.secrets, config.sealKey), ...(input.credentials ?? {}) };
    const [updated] = await t.tx
      .update(channels)
      .set({
        name: input.name?.trim() ?? row.name,
        status: input.status ?? row.status,
        settings: { ...row.settings, ...(input.settings ?? {}) },
        secrets: input.credentials ? storedSecrets(secrets, config.sealKey) : row.secrets,
        version: sql`${channels.version} + 1`,
        updatedAt: new Date(),
      })
      .where(sql`${channels.id} = ${row.id}`)
      .returning();
    if (!updated) throw new Error('update returned no row');
    return toChannel(updated, config.sealKey);
  });
}
