import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;

/** The list's state in the URL (`/catalog?q=shirt&status=active&view=grid`). */
export type CatalogSearch = { q?: string; status?: (typeof PRODUCT_STATUSES)[number]; view?: 'grid' };

export function parseCatalogSearch(search: Record<string, unknown>): CatalogSearch {
  const q = typeof search.q === 'string' ? search.q.trim().slice(0, 200) : '';
  const status = PRODUCT_STATUSES.find((s) => s === search.status);
  return { ...(q ? { q } : {}), ...(status ? { status } : {}), ...(search.view === 'grid' ? { view: 'grid' } : {}) };
}

/** /catalog (products), /catalog/new and /catalog/$id (the form), /catalog/import, /catalog/stock. */
export function routes(parent: AnyRoute): AnyRoute[] {
  const route = (path: string, load: () => Promise<Record<string, unknown>>, name: string) =>
    createRoute({
      getParentRoute: () => parent,
      path,
      component: lazyRouteComponent(load as never, name as never),
    });
  return [
    createRoute({
      getParentRoute: () => parent,
      path: '/',
      validateSearch: parseCatalogSearch,
      component: lazyRouteComponent(() => import('./ProductsList'), 'ProductsList'),
    }),
    route('new', () => import('./ProductForm'), 'ProductForm'),
    route('import', () => import('./ProductImport'), 'ProductImport'),
    route('stock', () => import('./StockOverview'), 'StockOverview'),
    route('$id', () => import('./ProductForm'), 'ProductForm'),
  ];
}
