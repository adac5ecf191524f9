import { sql } from 'drizzle-orm';
import { AFTER_COMMIT_SELECT, literal } from './statement-batch';
import type { Database, Tx } from './types';

// A NOTIFY inside a transaction makes PostgreSQL take one cluster-wide lock from the commit's
// start until its WAL is flushed, so every notifying commit waits for the previous one's fsync:
// no group commit (pgbench on this kind of machine: ~800 commits/s with a NOTIFY each, ~7,000
// without). So on a database opened by openDatabase (PostgreSQL) the NOTIFY is sent right after
// the outermost transaction's COMMIT, in the same round trip (statement-batch.ts AFTER_COMMIT):
// `commit; select set_config('synchronous_commit', 'off', true), pg_notify(…)` — the NOTIFY runs
// in an implicit transaction of its own, after the data is committed and flushed, and that
// transaction's commit does not wait for a flush of its own, so it holds the lock only briefly.
// Several NOTIFYs of one transaction (a payload each) travel as one select of them all.
// Listeners always hear of a commit after it happened (never before, so they never wake to an
// invisible row), and a notification costs no statement of its own.

type Outermost = { channels: Set<string> };
const outermostOf = new WeakMap<Tx, Outermost>();

/**
 * Wakes LISTENers of `channel` once the transaction of `tx` commits (nothing if it rolls back).
 * On databases opened by openDatabase (PostgreSQL) the NOTIFY rides with the COMMIT, once per
 * channel and payload in a transaction; elsewhere (PGlite) a NOTIFY in the transaction itself,
 * which PostgreSQL delivers at commit. `payload` (optional, short) tells listeners what changed, so
 * they may ignore what does not concern them (timers: when the new one fires).
 */
export async function notifyAfterCommit(tx: Tx, channel: string, payload = ''): Promise<void> {
  const outermost = outermostOf.get(tx);
  if (!outermost) {
    await tx.execute(sql`select pg_notify(${channel}, ${payload})`);
    return;
  }
  const key = `${channel}\n${payload}`;
  if (outermost.channels.has(key)) return;
  outermost.channels.add(key);
  // Two list items: the setting's text is the same for every NOTIFY, so a transaction's merged
  // select carries it once (statement-batch.ts keeps each after-commit text once).
  await tx.execute(sql.raw(`${AFTER_COMMIT_SELECT}set_config('synchronous_commit', 'off', true)`));
  await tx.execute(sql.raw(`${AFTER_COMMIT_SELECT}pg_notify(${literal(channel)}, ${literal(payload)})`));
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
 * Makes `db.transaction`'s transactions send the notifications asked for with notifyAfterCommit
 * with their COMMIT (the pool must batch statements: batchPoolStatements).
 */
export function notifyWithCommit(db: Database): void {
  const begin = db.transaction.bind(db);
  db.transaction = (async (fn: (tx: Tx) => Promise<unknown>, config?: Parameters<Database['transaction']>[1]) => {
    const outermost: Outermost = { channels: new Set() };
    return begin((tx) => {
      track(tx as Tx, outermost);
      return fn(tx as Tx);
    }, config);
  }) as Database['transaction'];
}
