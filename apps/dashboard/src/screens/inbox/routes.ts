import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { filterOf } from './types';

/**
 * /inbox: the conversations beside the open one (one pane at a time on a phone); /inbox/$id opens a
 * conversation. The filter lives in the URL (`?filter=waiting`), so a reload or a link keeps it.
 */
export function routes(parent: AnyRoute): AnyRoute[] {
  const layout = createRoute({
    getParentRoute: () => parent,
    id: 'inbox-layout',
    validateSearch: (search: Record<string, unknown>) => ({ filter: filterOf(search.filter) }),
    component: lazyRouteComponent(() => import('./Inbox'), 'Inbox'),
  });
  const index = createRoute({
    getParentRoute: () => layout,
    path: '/',
    component: lazyRouteComponent(() => import('./Inbox'), 'PickOne'),
  });
  const chat = createRoute({
    getParentRoute: () => layout,
    path: '$id',
    component: lazyRouteComponent(() => import('./Chat'), 'Chat'),
  });
  return [layout.addChildren([index, chat])];
}
