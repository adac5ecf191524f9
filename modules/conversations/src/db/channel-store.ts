import { type TxContext, workspaceOf } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { and, eq } from 'drizzle-orm';
import type { Channel, ChannelKind } from '../contracts/channel';
import { type ChannelSecrets, readSecrets } from '../domain/channel-secrets';
import { channels } from './schema';

export type ChannelRow = typeof channels.$inferSelect;

export const toChannel = (r: ChannelRow, key: string | null): Channel => ({
  id: r.id,
  kind: r.kind as ChannelKind,
  name: r.name,
  status: r.status as Channel['status'],
  settings: r.settings,
  credentials_set: Object.keys(readSecrets(r.secrets, key)).sort(),
  webhook_path: r.kind === 'simulator' ? null : `/api/v1/webhooks/${r.kind}/${r.id}`,
  version: r.version,
  created_at: r.createdAt.toISOString(),
  updated_at: r.updatedAt.toISOString(),
});

export async function mustLoadChannel(t: TxContext, id: string, lock = false): Promise<ChannelRow> {
  const q = t.tx
    .select()
    .from(channels)
    .where(and(eq(channels.workspaceId, workspaceOf(t)), eq(channels.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new NotFoundError('No channel has this id in this workspace.', { code: 'channel_not_found' });
  return row;
}

/** A channel with its credentials opened, for the webhook check and the sender. */
export type OpenChannel = ChannelRow & { credentials: ChannelSecrets };

export const openChannel = (row: ChannelRow, key: string | null): OpenChannel => ({
  ...row,
  credentials: readSecrets(row.secrets, key),
});
