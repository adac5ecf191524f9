import type { Config } from '@nexova/config';
import type { DatabaseHandle } from '@nexova/db';
import { buildHttpApp } from '@nexova/http';
import type { Logger, Registry } from '@nexova/observability';
import { eventsPlugin, realtimePlugin } from './events';
import { infrastructure, routes } from './modules';
import { VERSION } from './version';

export type NexovaDeps = { config: Config; logger: Logger; database: DatabaseHandle; metrics: Registry };

/** The whole HTTP application with every module mounted: what `nexova start` serves and tests drive. */
export function buildNexova(deps: NexovaDeps) {
  return buildHttpApp({
    ...deps,
    version: VERSION,
    infrastructure,
    routes: [...routes, eventsPlugin(deps), realtimePlugin(deps)],
  });
}
