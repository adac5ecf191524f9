import { defineModule, eventsIn } from '@nexova/module';
import * as events from './contracts/events/catalog-events.v1';
import type { CatalogCache } from './domain/catalog-cache';
import { clinicalCatalogPermissions } from './http/permissions';
import { clinicalCatalogRoutes } from './http/routes';
import { clinicalCatalogSystemRoutes } from './http/system-routes';
import { clinicalCatalogTitles } from './http/titles';
import { loadGlobalCatalog } from './use-cases/load-global-catalog';
import { seedDemoPrices } from './use-cases/seed-demo-prices';

/**
 * Clinical catalogs as the app mounts them. `cache` is the app's catalog cache (created with it,
 * kept in step across replicas by the composition's cache listener); routes read through it and
 * every change empties it. The shipped global entries are written on start and by `nexova seed`.
 */
export const clinicalCatalogsModule = (cache: CatalogCache) =>
  defineModule({
    name: 'clinical-catalogs',
    routes: [
      { name: 'clinical-catalogs', plugin: clinicalCatalogRoutes, options: { cache } },
      { name: 'clinical-catalogs-system', plugin: clinicalCatalogSystemRoutes, options: { cache } },
    ],
    seed: async (ctx) => {
      const result = await loadGlobalCatalog({ ctx, cache });
      return [
        `clinical catalogs: shipped version ${result.version} (${result.inserted} added, ${result.updated} updated)`,
        ...(await seedDemoPrices({ ctx, cache })),
      ];
    },
    permissions: clinicalCatalogPermissions,
    events: eventsIn(events),
    titles: clinicalCatalogTitles,
  });
