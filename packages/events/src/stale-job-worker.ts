import { claimStaleJobs, type Database, type StaleJob } from '@nexova/db';
import { periodicWorker } from './timers';
import type { EventWorker } from './transport-options';

export type StaleJobWorkerOptions = {
  name: string;
  /** The owning module's SECURITY DEFINER claim function (see claimStaleJobs). */
  fn: string;
  db: Database;
  intervalMs: number;
  staleAfterMs: number;
  maxAttempts: number;
  logger: { info(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
  /** Runs a claimed job again, in its workspace; stops between steps once `signal` is aborted. */
  resume(job: StaleJob, signal: AbortSignal): Promise<void>;
};

const CLAIM_ROWS = 10;

/**
 * Recovers background jobs a stopped process left behind (heartbeat older than `staleAfterMs`): once
 * when it starts and every `intervalMs`, it claims them and resumes each, or (past `maxAttempts`) the
 * claim marks it failed with its reason. Stopping the worker interrupts a resume in flight: its job is
 * left for the next claim, as a crash would leave it.
 */
export function staleJobWorker(options: StaleJobWorkerOptions): EventWorker {
  let controller = new AbortController();
  const loop = periodicWorker(
    options.name,
    options.intervalMs,
    async () => {
      const jobs = await claimStaleJobs(options.db, options.fn, {
        staleBefore: new Date(Date.now() - options.staleAfterMs),
        maxAttempts: options.maxAttempts,
        maxRows: CLAIM_ROWS,
      });
      for (const job of jobs) {
        options.logger.info(
          { worker: options.name, job_id: job.id, workspace_id: job.workspaceId, resumed: job.resumed },
          job.resumed ? 'job.resumed' : 'job.failed_interrupted',
        );
        if (job.resumed && !controller.signal.aborted) await options.resume(job, controller.signal);
      }
      return jobs.length === CLAIM_ROWS && !controller.signal.aborted;
    },
    options.logger,
  );
  return {
    name: options.name,
    start: async () => {
      if (controller.signal.aborted) controller = new AbortController();
      await loop.start();
    },
    stop: async () => {
      controller.abort();
      await loop.stop();
    },
  };
}
