import {
  type ConsumerDefinition,
  createEmbeddedTransport,
  createNatsTransport,
  type EventWorker,
  eventMetrics,
  eventPermission,
  eventRoutes,
  periodicWorker,
  type RealtimePrincipal,
  realtimeRoutes,
  refreshDeadLetterGauge,
  timerWorker,
} from '@nexova/events';
import { type AppPlugin, hasPermission } from '@nexova/http';
import type { Composition } from './modules';
import type { WorkerDeps } from './workers';

/**
 * The event backbone's workers: the transport delivering to every registered consumer (embedded,
 * or JetStream when NATS_URL is set), and the timer firer (old event rows are removed by the retention
 * worker, retention.ts).
 */
export function eventWorkers(
  deps: WorkerDeps,
  composition: Pick<Composition, 'consumers' | 'readModels'>,
): EventWorker[] {
  const { config, logger, database } = deps;
  const { consumers } = composition;
  const transport = eventTransport(deps, consumers);
  // nexova_events_dead_letters_open follows replays and discards made by any process (the CLI too).
  const deadLetterGauge = periodicWorker(
    'events:dead-letter-gauge',
    Math.max(5000, config.EVENTS_IDLE_POLL_MS),
    async () => {
      await refreshDeadLetterGauge(database.db, eventMetrics(deps.metrics));
      return false;
    },
    logger,
  );
  // JetStream also needs the relay when no consumer runs here (other services consume the streams).
  const delivering = consumers.length > 0 || config.NATS_URL !== undefined;
  return [
    ...(delivering ? transport.workers : []),
    timerWorker(database, { idleMs: config.EVENTS_IDLE_POLL_MS, logger }),
    deadLetterGauge,
  ];
}

/** The configured transport over the modules' consumers: JetStream when NATS_URL is set, else embedded. */
export function eventTransport({ config, logger, database, metrics }: WorkerDeps, consumers: ConsumerDefinition[]) {
  const common = {
    database,
    consumers,
    batchSize: config.EVENTS_BATCH_SIZE,
    pollIntervalMs: config.EVENTS_POLL_INTERVAL_MS,
    idlePollMs: config.EVENTS_IDLE_POLL_MS,
    gatherMs: config.EVENTS_GATHER_MS,
    lanes: config.EVENTS_LANES,
    retry: {
      maxAttempts: config.EVENTS_MAX_ATTEMPTS,
      baseMs: config.EVENTS_RETRY_BASE_MS,
      maxMs: config.EVENTS_RETRY_MAX_MS,
    },
    metrics,
    logger,
  };
  return config.NATS_URL
    ? createNatsTransport({
        ...common,
        url: config.NATS_URL,
        prefix: config.NATS_PREFIX,
        ackWaitMs: config.NATS_ACK_WAIT_MS,
        groupConcurrency: config.NATS_CONCURRENCY,
        groupLockWaitMs: config.NATS_GROUP_LOCK_WAIT_MS,
        relayBatches: config.NATS_RELAY_BATCHES,
        retentionMs: config.EVENTS_RETENTION_DAYS * 86_400_000,
      })
    : createEmbeddedTransport(common);
}

/** `/api/v1/system/events/…` and `/api/v1/system/consumers` (platform admins). */
export function eventsPlugin(deps: WorkerDeps, composition: Pick<Composition, 'consumers'>): AppPlugin {
  return {
    name: 'events',
    plugin: eventRoutes({
      consumers: () => composition.consumers,
      setup: deps.config.NATS_URL ? () => natsSetup(deps, composition) : undefined,
      page: deps.config,
    }),
  };
}

/** Creates or updates the JetStream streams and durable consumers (`nexova events setup`). */
export async function natsSetup(deps: WorkerDeps, composition: Pick<Composition, 'consumers'>): Promise<void> {
  const transport = eventTransport(deps, composition.consumers);
  if ('setup' in transport) await transport.setup();
}

/**
 * `GET /api/v1/ws`: access control has already authenticated the caller and resolved the workspace
 * (header, or `?access_token=`/`?workspace_id=` on the upgrade); each event is sent only when the
 * caller's grants cover its permission.
 */
export function realtimePlugin(deps: WorkerDeps, _composition: Pick<Composition, 'events'>): AppPlugin {
  return {
    name: 'realtime',
    plugin: realtimeRoutes({
      database: deps.database,
      authenticate: async (request) => {
        const { workspaceId, permissions = [], actor } = request.ctx;
        if (!workspaceId) return null;
        const userId = actor.type === 'user' ? actor.id : null;
        const principal = (granted: readonly string[]): RealtimePrincipal => ({
          workspaceId,
          userId,
          canSee: (type) => hasPermission(granted, eventPermission(type)),
          recheck: async () => {
            const access = await request.recheckWorkspaceAccess?.();
            return access ? principal(access.permissions) : null;
          },
        });
        return principal(permissions);
      },
      pollIntervalMs: deps.config.EVENTS_POLL_INTERVAL_MS,
      recheckIntervalMs: deps.config.REALTIME_RECHECK_INTERVAL_MS,
    }),
  };
}
