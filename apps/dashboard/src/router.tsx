import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { can } from './api/permissions';
import { getSession } from './api/session';
import { NAV } from './layout/nav';
import { Shell } from './layout/Shell';
import { SignIn } from './pages/SignIn';
import { SECTION_PATHS } from './sections';

const rootRoute = createRootRoute({
  component: Outlet,
  notFoundComponent: lazyRouteComponent(() => import('./pages/NotFound'), 'NotFound'),
});

const signInRoute = createRoute({ getParentRoute: () => rootRoute, path: SECTION_PATHS.signIn, component: SignIn });

// Everything else needs a session: without one, the sign-in page.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  component: Shell,
  beforeLoad: () => {
    if (!getSession()) throw redirect({ to: '/sign-in' });
  },
});

// Each screen is its own chunk, loaded when first visited.
const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./pages/Home'), 'Home'),
});

const sectionRoutes = NAV.filter((item) => item.path !== '/').map((item) =>
  createRoute({
    getParentRoute: () => appRoute,
    path: item.path,
    beforeLoad: () => {
      if (!can(getSession()?.permissions ?? [], item.permission)) throw redirect({ to: '/' });
    },
    component: lazyRouteComponent(() => import('./pages/Soon'), 'Soon'),
    staticData: { section: item.key },
  }),
);

const routeTree = rootRoute.addChildren([signInRoute, appRoute.addChildren([homeRoute, ...sectionRoutes])]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
  interface StaticDataRouteOption {
    section?: string;
  }
}
