import { type AnyRoute, createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { getSession } from '../../api/session';

/**
 * /settings: the workspace, then its own pages (members and invitations, roles, API keys, channels,
 * outgoing webhooks) and, for platform administrators only, /settings/system (dead letters).
 */
export function routes(parent: AnyRoute): AnyRoute[] {
  const layout = createRoute({
    getParentRoute: () => parent,
    id: 'settings-layout',
    component: lazyRouteComponent(() => import('./Settings'), 'Settings'),
  });
  const page = (path: string, load: () => Promise<Record<string, unknown>>, name: string) =>
    createRoute({ getParentRoute: () => layout, path, component: lazyRouteComponent(load as never, name as never) });
  const system = createRoute({
    getParentRoute: () => layout,
    path: 'system',
    beforeLoad: () => {
      if (!getSession()?.me.is_platform_admin) throw redirect({ to: '/settings' });
    },
    component: lazyRouteComponent(() => import('./DeadLetters'), 'DeadLetters'),
  });
  return [
    layout.addChildren([
      page('/', () => import('./WorkspaceSettings'), 'WorkspaceSettings'),
      page('members', () => import('./Members'), 'Members'),
      page('roles', () => import('./Roles'), 'Roles'),
      page('api-keys', () => import('./ApiKeys'), 'ApiKeys'),
      page('channels', () => import('./Channels'), 'Channels'),
      page('webhooks', () => import('./Webhooks'), 'Webhooks'),
      system,
    ]),
  ];
}
