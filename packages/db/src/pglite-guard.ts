import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite } from '@electric-sql/pglite';

/** Thrown instead of hanging forever: PGlite has one connection, held by the open transaction. */
export class NestedQueryError extends Error {
  constructor(method: string) {
    super(
      `PGlite: ${method}() on the database while a transaction of this same call chain is open would wait ` +
        'for that transaction forever (PGlite has one connection). Query through the transaction (ctx.tx, ' +
        'queryable(ctx)), or run the work after the transaction commits.',
    );
    this.name = 'NestedQueryError';
  }
}

type Open = { open: boolean };

/**
 * PGlite runs one statement or transaction at a time: `query`, `exec` and `transaction` wait for
 * the open transaction to finish. Code running inside a transaction callback that awaits such a
 * call on the root client (instead of the transaction) therefore waits for itself — the whole
 * process stops answering while /health still says ok (issue 9: the key ring reloading inside
 * login's transaction). This makes that mistake throw at once. AsyncLocalStorage is used only to
 * know whether the caller's async chain is inside an open transaction (no business data).
 */
export function guardNestedQueries(client: PGlite): void {
  const within = new AsyncLocalStorage<Open>();
  const inside = () => within.getStore()?.open === true;

  const transaction = client.transaction.bind(client);
  client.transaction = (async (callback: Parameters<PGlite['transaction']>[0]) => {
    if (inside()) throw new NestedQueryError('transaction');
    return transaction(async (tx) => {
      const state: Open = { open: true };
      try {
        return await within.run(state, () => callback(tx));
      } finally {
        state.open = false;
      }
    });
  }) as PGlite['transaction'];

  const query = client.query.bind(client);
  client.query = ((...args: Parameters<PGlite['query']>) => {
    if (inside()) return Promise.reject(new NestedQueryError('query'));
    return query(...args);
  }) as PGlite['query'];

  const exec = client.exec.bind(client);
  client.exec = ((...args: Parameters<PGlite['exec']>) => {
    if (inside()) return Promise.reject(new NestedQueryError('exec'));
    return exec(...args);
  }) as PGlite['exec'];
}
