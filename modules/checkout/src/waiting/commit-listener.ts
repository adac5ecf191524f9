import type { DatabaseHandle } from '@nexova/db';
import { NOTIFY_CHANNEL, Wakeup } from '@nexova/events';

type Logger = { warn(obj: object, msg?: string): void };
type PgliteListener = { listen(channel: string, cb: () => void): Promise<() => Promise<void>> };

/**
 * Calls `onCommit` whenever events commit anywhere in the database: the events backbone's
 * after-commit wake-up (publish sends a NOTIFY after each commit). PostgreSQL: one LISTEN
 * connection of this process (the Wakeup the consumers and the realtime feed use), so saga moves
 * made by a separate worker process are heard too. PGlite (one process): its in-process LISTEN,
 * delivered at commit. Returns the stop function.
 */
export async function listenForCommits(
  database: DatabaseHandle,
  onCommit: () => void,
  logger?: Logger,
): Promise<() => Promise<void>> {
  if (database.pool) {
    const wakeup = new Wakeup(database, logger);
    const unsubscribe = wakeup.onWake(onCommit);
    await wakeup.start();
    return async () => {
      unsubscribe();
      await wakeup.stop();
    };
  }
  const client = (database.db as unknown as { $client?: Partial<PgliteListener> }).$client;
  if (typeof client?.listen !== 'function') return async () => undefined; // the fallback re-read only
  const unlisten = await (client as PgliteListener).listen(NOTIFY_CHANNEL, onCommit);
  return async () => {
    await unlisten().catch(() => undefined);
  };
}
