import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

/** `q` in the URL: a search shared or reloaded shows the same people. */
const searchOf = (search: Record<string, unknown>): { q?: string } =>
  typeof search.q === 'string' && search.q ? { q: search.q } : {};

/** The people directory: the searchable list and each person's page. */
export function routes(parent: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: '/',
      validateSearch: searchOf,
      component: lazyRouteComponent(() => import('./PeopleList'), 'PeopleList'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '$id',
      component: lazyRouteComponent(() => import('./PersonPage'), 'PersonPage'),
    }),
  ];
}
