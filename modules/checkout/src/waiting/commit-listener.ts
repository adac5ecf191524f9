import type { DatabaseHandle } from '@nexova/db';
import { Wakeup } from '@nexova/events';

type Logger = { warn(obj: object, msg?: string): void };

/**
 * Calls `onCommit` whenever events commit anywhere in the database (with each committed event type;
 * undefined when any change is possible: a reconnect's catch-up): the events backbone's
 * after-commit wake-up (publish sends a NOTIFY after each commit), heard by a Wakeup of this process
 * — PostgreSQL's LISTEN on one connection (so saga moves made by a separate worker process are heard
 * too), PGlite's in-process LISTEN on the embedded database. Returns the stop function.
 */
export async function listenForCommits(
  database: DatabaseHandle,
  onCommit: (type?: string) => void,
  logger?: Logger,
): Promise<() => Promise<void>> {
  const wakeup = new Wakeup(database, logger);
  const unsubscribe = wakeup.onWake(onCommit);
  await wakeup.start();
  return async () => {
    unsubscribe();
    await wakeup.stop();
  };
}
