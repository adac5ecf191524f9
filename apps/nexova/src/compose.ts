import type { Config } from '@nexova/config';
import type { DatabaseHandle } from '@nexova/db';
import { type AppPlugin, buildHttpApp } from '@nexova/http';
import type { Logger, Registry } from '@nexova/observability';
import { eventsPlugin, realtimePlugin } from './events';
import { type Composition, composeNexova, infrastructure } from './modules';
import { VERSION } from './version';

export type NexovaDeps = { config: Config; logger: Logger; database: DatabaseHandle; metrics: Registry };

// The mails' landing pages the dashboard serves itself when it is built (apps/dashboard/src/sections.ts:
// /reset-password, /accept-invitation); without it, the modules' server-rendered pages answer them.
const DASHBOARD_PAGES = new Set(['reset-password-page', 'accept-invitation-page']);

/**
 * The whole HTTP application with every module mounted: what `nexova start` serves and tests drive.
 * The composition (runtimes, modules) is built once per app and shared with its workers. `servesRoot`:
 * the dashboard is served at `/` (and takes over the mails' landing pages).
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
    routes: [
      ...composition.routes.filter((r) => !(servesRoot && DASHBOARD_PAGES.has(r.name))),
      eventsPlugin(deps, composition),
      realtimePlugin(deps, composition),
      ...extra,
    ],
  });
}
