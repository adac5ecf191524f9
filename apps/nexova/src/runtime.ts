import type { Config } from '@nexova/config';
import { buildHttpApp } from '@nexova/http';
import { systemContext } from '@nexova/kernel';
import type { NexovaModule } from '@nexova/module';
import { createMetricsRegistry, type Logger, registerDbStatementMetrics, startTracing } from '@nexova/observability';
import { buildNexova } from './compose';
import { dashboardPlugin } from './dashboard';
import { openConfiguredDatabase, openWorkerDatabase } from './database';
import { composeNexova } from './modules';
import { operatorCommands } from './operator/host';
import { seedOnStart } from './start-seed';
import { startWorkers } from './start-workers';
import { VERSION } from './version';
import { createWorkers } from './workers';

export type Role = 'api' | 'worker' | 'all';

export type Running = { url: string; stop(reason?: string): Promise<void> };

/** Boots one Nexova process: database (migrated), demo seed, HTTP, workers; returns a handle to stop it. */
export async function startNexova(
  config: Config,
  logger: Logger,
  role: Role,
  options: { modules?: NexovaModule[] } = {},
): Promise<Running> {
  const tracing = await startTracing({
    endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
    serviceName: config.OTEL_SERVICE_NAME,
  });
  // The worker role's one pool is the workers' pool; `all` runs the API and the workers on two pools.
  const database = await openConfiguredDatabase(config, logger, true, role === 'worker' ? 'workers' : 'api');
  logger.info({ driver: database.driver, role, version: VERSION }, 'database ready');

  // One composition per process: the runtimes (identity's keys, payments' providers) and the modules.
  const metrics = createMetricsRegistry();
  const composition = composeNexova({ config, logger, database, metrics }, options.modules);
  if (role !== 'worker' && config.NEXOVA_SEED_DEMO) {
    const lines = await seedOnStart({ ...systemContext(), db: database.db }, composition, database.state);
    for (const line of lines) logger.info(line);
  }

  const deps = { config, logger, database, metrics };
  // On the embedded folder this process alone can open, it runs the operator's CLI commands.
  const operator = operatorCommands({ config, logger, database });
  const extra = operator ? [operator.plugin] : [];
  // The built dashboard at `/` (apps/dashboard/dist; the launcher builds it when stale).
  const dashboard = role === 'worker' ? null : dashboardPlugin();
  // The worker role serves only health and metrics; api and all serve the whole API.
  const app =
    role === 'worker'
      ? await buildHttpApp({ ...deps, version: VERSION, routes: extra })
      : await buildNexova(deps, composition, dashboard ? [...extra, dashboard] : extra, dashboard !== null);
  const workerDatabase =
    role === 'all'
      ? await openWorkerDatabase(database, () => openConfiguredDatabase(config, logger, false, 'workers'))
      : database;
  registerDbStatementMetrics(
    metrics,
    role !== 'all'
      ? { [role]: database.statements }
      : workerDatabase.statements === database.statements // PGlite: one connection for both
        ? { embedded: database.statements }
        : { api: database.statements, worker: workerDatabase.statements },
  );
  const workers = role === 'api' ? [] : createWorkers({ ...deps, database: workerDatabase }, composition);
  const started = await startWorkers(workers, logger);

  const address = await app.listen({ host: config.HOST, port: config.PORT });
  logger.info({ address, role, workers: workers.map((w) => w.name) }, `Nexova listening on ${address}`);
  // A CLI run on the same folder finds where the server answers and the token to ask it to run commands.
  database.lock?.update({ url: address, operatorToken: operator?.token });

  let stopping: Promise<void> | null = null;
  const stop = (reason = 'stop') => {
    stopping ??= (async () => {
      logger.info({ reason }, 'draining');
      app.markClosing();
      await app.close();
      await started.stop();
      if (workerDatabase !== database) await workerDatabase.close();
      await database.close();
      await tracing?.shutdown();
      logger.info('stopped');
    })();
    return stopping;
  };
  return { url: address, stop };
}
