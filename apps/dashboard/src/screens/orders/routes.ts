import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

export const ORDER_STATUSES = ['draft', 'pending', 'confirmed', 'shipped', 'delivered', 'canceled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The list's filters, kept in the URL (`/orders?status=pending&number=1042`) so a link or reload keeps them. */
export type OrdersSearch = { status?: OrderStatus; number?: number };

export function parseOrdersSearch(search: Record<string, unknown>): OrdersSearch {
  const status = ORDER_STATUSES.find((s) => s === search.status);
  const number = Number(search.number);
  return {
    ...(status ? { status } : {}),
    ...(Number.isInteger(number) && number > 0 ? { number } : {}),
  };
}

/** /orders (the list) and /orders/$id (one order). */
export function routes(parent: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: '/',
      validateSearch: parseOrdersSearch,
      component: lazyRouteComponent(() => import('./OrdersList'), 'OrdersList'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: '$id',
      component: lazyRouteComponent(() => import('./OrderDetail'), 'OrderDetail'),
    }),
  ];
}
