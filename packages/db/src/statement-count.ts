import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

/**
 * How many statements a database handle has sent to the server since it opened — every query,
 * BEGIN, COMMIT, ROLLBACK and set_config alike: the round trips a request or a worker costs.
 * A plain number (one increment per statement), read by /metrics as `nexova_db_statements_total`.
 */
export type StatementCount = {
  sent: number;
  /** Called with each statement's text as it is counted (tests that show what a request sent). */
  trace?: (text: string) => void;
};

const textOf = (arg: unknown): string =>
  typeof arg === 'string' ? arg : String((arg as { text?: unknown } | null)?.text ?? '');

/**
 * node-postgres: counts every `query` of every client the pool opens. `pool.query` and drizzle's
 * transactions (a checked-out client sending begin … commit) both end in `client.query`.
 */
export function countPoolStatements(pool: pg.Pool, count: StatementCount): void {
  pool.on('connect', (client) => {
    const query = client.query;
    client.query = function counted(this: pg.PoolClient, ...args: unknown[]) {
      count.sent++;
      count.trace?.(textOf(args[0]));
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof client.query;
  });
}

/**
 * PGlite: counts `query` and `exec` on the client and inside transactions, plus the BEGIN and the
 * COMMIT (or ROLLBACK) that `transaction()` sends itself. (`sql` goes through `query` on the client;
 * inside a transaction it does not, so it is counted there.) Apply before guardNestedQueries, so a
 * call that guard refuses is never counted.
 */
export function countPgliteStatements(client: PGlite, count: StatementCount): void {
  const counting = <F extends (...args: never[]) => Promise<unknown>>(fn: F): F =>
    ((...args: Parameters<F>) => {
      count.sent++;
      count.trace?.(textOf(args[0]));
      return fn(...args);
    }) as F;
  client.query = counting(client.query.bind(client));
  client.exec = counting(client.exec.bind(client));

  const transaction = client.transaction.bind(client);
  client.transaction = (async <T>(callback: (tx: Transaction) => Promise<T>) => {
    let began = false;
    let rolledBack = false;
    try {
      return await transaction((tx) => {
        began = true;
        tx.query = counting(tx.query);
        tx.exec = counting(tx.exec);
        tx.sql = counting(tx.sql);
        const rollback = tx.rollback;
        tx.rollback = () => {
          rolledBack = true;
          count.sent++;
          return rollback();
        };
        return callback(tx);
      });
    } finally {
      // BEGIN, and the COMMIT or ROLLBACK that closed it (unless rollback() above already counted
      // it); a BEGIN that failed was sent all the same.
      count.sent += began && !rolledBack ? 2 : 1;
    }
  }) as PGlite['transaction'];
}
