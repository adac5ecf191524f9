import { sql } from 'drizzle-orm';
import type { Database, Tx } from './types';

// A NOTIFY inside a transaction makes PostgreSQL take one cluster-wide lock from the commit's
// start until its WAL is flushed, so every notifying commit waits for the previous one's fsync:
// no group commit (pgbench on this kind of machine: ~800 commits/s with a NOTIFY each, ~7,000
// without). So on a tracked database a notification is sent after the outermost transaction
// commits, and bursts are coalesced: at most one NOTIFY per channel in flight per process, and
// one more after it for everything that committed meanwhile. Listeners still always hear of a
// commit after it happened (never before, so they never wake to an invisible row).

type Outermost = { channels: Set<string> };
const outermostOf = new WeakMap<Tx, Outermost>();

/**
 * Wakes LISTENers of `channel` once the transaction of `tx` commits (nothing if it rolls back).
 * Deferred and coalesced on databases opened by openDatabase (PostgreSQL); elsewhere a NOTIFY in
 * the transaction itself, which PostgreSQL delivers at commit.
 */
export async function notifyAfterCommit(tx: Tx, channel: string): Promise<void> {
  const outermost = outermostOf.get(tx);
  if (outermost) {
    outermost.channels.add(channel);
    return;
  }
  await tx.execute(sql`select pg_notify(${channel}, '')`);
}

/** One NOTIFY per channel in flight; requests while it runs are answered by one more after it. */
function coalesce(send: (channel: string) => Promise<unknown>): (channel: string) => void {
  const state = new Map<string, 'sending' | 'again'>();
  const run = (channel: string) => {
    state.set(channel, 'sending');
    // A failed NOTIFY (pool closing, connection lost) only delays consumers to their next poll.
    void send(channel)
      .catch(() => undefined)
      .finally(() => {
        if (state.get(channel) === 'again') run(channel);
        else state.delete(channel);
      });
  };
  return (channel) => {
    if (state.has(channel)) state.set(channel, 'again');
    else run(channel);
  };
}

function track(tx: Tx, outermost: Outermost): void {
  outermostOf.set(tx, outermost);
  // Savepoints (tx.transaction) share the outermost transaction's notifications.
  const savepoint = tx.transaction.bind(tx);
  tx.transaction = ((fn: (sp: Tx) => Promise<unknown>) =>
    savepoint((sp) => {
      track(sp as Tx, outermost);
      return fn(sp as Tx);
    })) as Tx['transaction'];
}

/**
 * Makes `db.transaction` send the notifications its transactions asked for with
 * notifyAfterCommit, after they commit, through `send` (outside any transaction).
 */
export function deferNotifications(db: Database, send: (channel: string) => Promise<unknown>): void {
  const notify = coalesce(send);
  const begin = db.transaction.bind(db);
  db.transaction = (async (fn: (tx: Tx) => Promise<unknown>, config?: Parameters<Database['transaction']>[1]) => {
    const outermost: Outermost = { channels: new Set() };
    const result = await begin((tx) => {
      track(tx as Tx, outermost);
      return fn(tx as Tx);
    }, config);
    for (const channel of outermost.channels) notify(channel);
    return result;
  }) as Database['transaction'];
}
