import type { Config } from '@nexova/config';
import type { DatabaseHandle } from '@nexova/db';
import { type AppPlugin, buildHttpApp } from '@nexova/http';
import type { Logger, Registry } from '@nexova/observability';
import { eventsPlugin, realtimePlugin } from './events';
import { type Composition, composeNexova, infrastructure } from './modules';
import { VERSION } from './version';

export type NexovaDeps = { config: Config; logger: Logger; database: DatabaseHandle; metrics: Registry };

/**
 * The whole HTTP application with every module mounted: what `nexova start` serves and tests drive.
 * The composition (runtimes, modules) is built once per app and shared with its workers.
 */
export function buildNexova(
  deps: NexovaDeps,
  composition: Composition = composeNexova(deps),
  extra: AppPlugin[] = [],
  servesRoot = false,
) {
  return buildHttpApp({
    ...deps,
    servesRoot,
    version: VERSION,
    infrastructure: infrastructure(composition.runtimes),
    routes: [...composition.routes, eventsPlugin(deps, composition), realtimePlugin(deps, composition), ...extra],
  });
}
