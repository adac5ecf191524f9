import type { FastifyInstance } from 'fastify';

export type BackgroundJobs = {
  /** Aborted when the app starts closing: a job stops at its next step and leaves its row to a recovery worker. */
  signal: AbortSignal;
  /** Follows a job's `done`: closing waits for it to stop. */
  track(done: Promise<void>): void;
};

/**
 * The jobs a route plugin runs in the background of this process (exports): when the app closes
 * (preClose) they are interrupted and awaited, so nothing writes after the process has stopped. A
 * job's row then stays as it was, its heartbeat stopped, as a crash would leave it.
 */
export function backgroundJobs(app: FastifyInstance): BackgroundJobs {
  const controller = new AbortController();
  const running = new Set<Promise<void>>();
  app.addHook('preClose', async () => {
    controller.abort();
    await Promise.allSettled([...running]);
  });
  return {
    signal: controller.signal,
    track: (done) => {
      running.add(done);
      void done.finally(() => running.delete(done));
    },
  };
}
