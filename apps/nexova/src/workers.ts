import type { Config } from '@nexova/config';
import type { DatabaseHandle } from '@nexova/db';
import { createFileDeletionWorker, createOrphanFileSweeper } from '@nexova/files';
import { createIdempotencySweeper } from '@nexova/http';
import type { Logger, Registry } from '@nexova/observability';
import { bindConfiguredKms } from './database';
import { eventWorkers } from './events';
import type { Composition } from './modules';
import { createRetentionWorker } from './retention';

/** A background loop (outbox relay, consumers, timers, sweepers) that starts and drains on signal. */
export type Worker = { name: string; start(): Promise<void>; stop(): Promise<void> };

export type WorkerDeps = { config: Config; logger: Logger; database: DatabaseHandle; metrics: Registry };

/**
 * Every worker this process runs in the `worker` and `all` roles: the event backbone's (transport
 * over the modules' consumers, timers, sweepers), the platform's idempotency and orphan-file sweepers
 * (the latter over every module's `files`), the retention worker, then each
 * module's own workers in module order. `deps.database` is the workers' pool.
 */
export function createWorkers(deps: WorkerDeps, composition: Composition): Worker[] {
  bindConfiguredKms(deps.database, deps.config);
  return [
    ...eventWorkers(deps, composition),
    createIdempotencySweeper(deps),
    createOrphanFileSweeper(deps, composition.fileOwners),
    createFileDeletionWorker(deps),
    createRetentionWorker(deps, composition),
    ...composition.workers.flatMap((workers) => workers(deps)),
  ];
}
