import type { AnyRoute } from '@tanstack/react-router';
import { routes as agendaRoutes } from './agenda/routes';
import { routes as catalogRoutes } from './catalog/routes';
import { routes as inboxRoutes } from './inbox/routes';
import { routes as ordersRoutes } from './orders/routes';
import { routes as peopleRoutes } from './people/routes';
import { routes as settingsRoutes } from './settings/routes';

/**
 * Each built section adds its routes under the signed-in shell here: a module that exports
 * `routes(parent)` returning the section's routes (its list, detail pages…) with lazily loaded
 * components, so each screen stays its own chunk. A section not listed shows the "on its way" page.
 * Keep one line per section so sections built side by side merge cleanly.
 */
export type SectionRoutes = (parent: AnyRoute) => AnyRoute[];

export const SECTIONS: Partial<Record<string, SectionRoutes>> = {
  orders: ordersRoutes,
  catalog: catalogRoutes,
  inbox: inboxRoutes,
  settings: settingsRoutes,
  people: peopleRoutes,
  agenda: agendaRoutes,
};
