import { type Database, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';

/** The workspace and kind of a channel id, before any workspace is known (SECURITY DEFINER lookup). */
export async function findChannelWorkspace(
  db: Database,
  channelId: string,
): Promise<{ workspace_id: string; kind: string } | undefined> {
  const rows = await queryRows<{ workspace_id: string; kind: string }>(
    db,
    sql`select workspace_id, kind from conversations.find_channel(${channelId}::uuid)`,
  );
  return rows[0];
}
