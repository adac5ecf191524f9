import type { Config } from '@nexova/config';
import type { NexovaModule } from '@nexova/module';
import type { Logger } from '@nexova/observability';
import { type Role, startNexova } from '../runtime';

/** `nexova start`: runs until SIGINT/SIGTERM, then drains requests and workers and exits 0. */
export async function startCommand(
  config: Config,
  logger: Logger,
  role: Role,
  options: { modules?: NexovaModule[] } = {},
): Promise<void> {
  const running = await startNexova(config, logger, role, options);
  const onSignal = (signal: NodeJS.Signals) => {
    const timer = setTimeout(() => {
      logger.error({ signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'drain timed out; forcing exit');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    running.stop(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}
