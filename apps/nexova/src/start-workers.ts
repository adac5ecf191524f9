import type { Logger } from '@nexova/observability';
import type { Worker } from './workers';

export type StartedWorkers = { stop(): Promise<void> };

const FIRST_PAUSE_MS = 500;
const MAX_PAUSE_MS = 15_000;

/**
 * Starts every worker. One that cannot start because something it needs is not there yet (NATS
 * down, PostgreSQL restarting) does not end the process: it is started again in the background
 * with a doubling pause (0.5 s up to 15 s), logged once at warn and once when it runs. The API and
 * the other workers carry on meanwhile; /health/ready tells whether the dependencies answer.
 */
export async function startWorkers(workers: Worker[], logger: Logger): Promise<StartedWorkers> {
  let stopping = false;
  const wakers = new Set<() => void>();
  const pending: Promise<void>[] = [];

  const keepTrying = async (worker: Worker, first: unknown) => {
    logger.warn({ err: first, worker: worker.name }, 'worker could not start; retrying until it can');
    for (let attempt = 1; !stopping; attempt++) {
      const pause = Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.min(attempt - 1, 5));
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          wakers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, pause);
        wakers.add(wake);
      });
      if (stopping) return;
      try {
        await worker.start();
        logger.info({ worker: worker.name, attempts: attempt + 1 }, 'worker started');
        return;
      } catch (error) {
        logger.debug({ err: error, worker: worker.name, attempt }, 'worker still cannot start');
      }
    }
  };

  for (const worker of workers) {
    try {
      await worker.start();
    } catch (error) {
      pending.push(keepTrying(worker, error));
    }
  }

  return {
    stop: async () => {
      stopping = true;
      for (const wake of [...wakers]) wake();
      await Promise.all(pending); // a start in flight finishes, then its worker is stopped below
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}
