import { type Database, queryRows } from '@nexova/db';
import { sql } from 'drizzle-orm';
import { readHorizon } from './horizon';
import { LOG_COLUMNS, type LogRow } from './log-row';

/** A place in the log: the feed sends what comes after it. */
export type Cursor = { txid: string; position: string | number };

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * Where a subscriber's feed starts: right after `lastEventId` when it is an event of the workspace
 * (a reconnect replays what it missed), else after everything committed before now — below the
 * oldest running transaction, so an event committing from now on always sorts after the cursor.
 * `resumedAfter` is the event id replay starts after, or null when the feed starts live.
 */
export async function startCursor(
  db: Database,
  workspaceId: string,
  lastEventId: string | undefined,
): Promise<{ cursor: Cursor; resumedAfter: string | null }> {
  if (lastEventId && UUID.test(lastEventId)) {
    const [row] = await queryRows<Cursor>(
      db,
      sql`select txid::text as txid, position from events.outbox where id = ${lastEventId} and workspace_id = ${workspaceId}`,
    );
    if (row) return { cursor: row, resumedAfter: lastEventId };
  }
  const horizon = await readHorizon(db);
  // Everything below the horizon has been committed before this connection: start after it.
  const [top] = await queryRows<Cursor>(
    db,
    sql`select txid::text as txid, position from events.outbox where txid < ${horizon}::xid8
        order by outbox.txid desc, outbox.position desc limit 1`,
  );
  return { cursor: top ?? { txid: '0', position: 0 }, resumedAfter: null };
}

/**
 * The workspace's next events after the cursor, in log order, only those below the horizon (read
 * first, in its own statement: see horizon.ts).
 */
export async function eventsAfter(db: Database, workspaceId: string, cursor: Cursor, limit: number): Promise<LogRow[]> {
  const horizon = await readHorizon(db);
  return queryRows<LogRow>(
    db,
    sql`select ${sql.raw(LOG_COLUMNS)} from events.outbox
        where workspace_id = ${workspaceId}
          and (txid, position) > (${cursor.txid}::xid8, ${cursor.position}::bigint)
          and txid < ${horizon}::xid8
        order by outbox.txid, outbox.position limit ${limit}`,
  );
}
