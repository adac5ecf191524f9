import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

/** The calendar's state in the URL: a shared or reloaded link shows the same day and columns. */
export type AgendaSearch = {
  date?: string;
  view?: 'day' | 'week';
  by?: 'professional' | 'resource';
  owner?: string;
  service?: string;
};

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
const searchOf = (s: Record<string, unknown>): AgendaSearch => ({
  date: /^\d{4}-\d{2}-\d{2}$/.test(String(s.date)) ? String(s.date) : undefined,
  view: s.view === 'week' ? 'week' : undefined,
  by: s.by === 'resource' ? 'resource' : undefined,
  owner: text(s.owner),
  service: text(s.service),
});

/** The agenda: the calendar, the reception queue and invoices. */
export function routes(parent: AnyRoute): AnyRoute[] {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: '/',
      validateSearch: searchOf,
      component: lazyRouteComponent(() => import('./AgendaPage'), 'AgendaPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: 'queue',
      component: lazyRouteComponent(() => import('./QueuePage'), 'QueuePage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: 'invoices/$id',
      component: lazyRouteComponent(() => import('./InvoicePage'), 'InvoicePage'),
    }),
  ];
}
