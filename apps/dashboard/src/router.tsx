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
import { SECTIONS } from './screens';
import { SECTION_PATHS } from './sections';

const rootRoute = createRootRoute({
  component: Outlet,
  notFoundComponent: lazyRouteComponent(() => import('./pages/NotFound'), 'NotFound'),
});

const signInRoute = createRoute({ getParentRoute: () => rootRoute, path: SECTION_PATHS.signIn, component: SignIn });
// The pages before sign-in (register, password reset, the invitation mail's landing), each its own chunk.
const publicPage = (path: string, component: ReturnType<typeof lazyRouteComponent>) =>
  createRoute({ getParentRoute: () => rootRoute, path, component });
const publicRoutes = [
  publicPage(
    SECTION_PATHS.register,
    lazyRouteComponent(() => import('./pages/auth/Register'), 'Register'),
  ),
  publicPage(
    SECTION_PATHS.forgotPassword,
    lazyRouteComponent(() => import('./pages/auth/ForgotPassword'), 'ForgotPassword'),
  ),
  publicPage(
    SECTION_PATHS.resetPassword,
    lazyRouteComponent(() => import('./pages/auth/ResetPassword'), 'ResetPassword'),
  ),
  publicPage(
    SECTION_PATHS.acceptInvitation,
    lazyRouteComponent(() => import('./pages/auth/AcceptInvitation'), 'AcceptInvitation'),
  ),
];

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

const newWorkspaceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: SECTION_PATHS.newWorkspace,
  component: lazyRouteComponent(() => import('./pages/auth/NewWorkspace'), 'NewWorkspace'),
});

// A section's layout route guards its read permission; its screens (screens/index.ts) sit under it.
const syncRoute = createRoute({
  getParentRoute: () => appRoute,
  path: SECTION_PATHS.sync,
  component: lazyRouteComponent(() => import('./pages/Sync'), 'Sync'),
});

const sectionRoutes = NAV.filter((item) => item.path !== '/').map((item) => {
  const section = createRoute({
    getParentRoute: () => appRoute,
    path: item.path,
    beforeLoad: () => {
      if (!can(getSession()?.permissions ?? [], item.permission)) throw redirect({ to: '/' });
    },
    staticData: { section: item.key },
  });
  const build = SECTIONS[item.key];
  if (build) return section.addChildren(build(section));
  return section.addChildren([
    createRoute({
      getParentRoute: () => section,
      path: '/',
      component: lazyRouteComponent(() => import('./pages/Soon'), 'Soon'),
    }),
  ]);
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  ...publicRoutes,
  appRoute.addChildren([homeRoute, newWorkspaceRoute, syncRoute, ...sectionRoutes]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
  interface StaticDataRouteOption {
    section?: string;
  }
}
