import { defineModule, eventsIn } from '@nexova/module';
import * as events from './contracts/events';
import { identityRoutes } from './http/identity-routes';
import { jwksRoutes } from './http/jwks-routes';
import { resetPasswordPage } from './http/pages/reset-password-page';
import { identityPermissions } from './permissions';
import type { IdentityRuntime } from './runtime';
import { identityTitles } from './titles';

/** Identity as the app mounts it, over the app's one identity runtime (keys, sessions, mail). */
export const identityModule = (runtime: IdentityRuntime) =>
  defineModule({
    name: 'identity',
    routes: [
      { name: 'jwks', plugin: jwksRoutes, prefix: '', api: false, options: { identity: runtime } },
      { name: 'identity', plugin: identityRoutes, options: { identity: runtime } },
      // The page the reset mail links to (server-rendered until the dashboard serves it), outside /api/v1.
      {
        name: 'reset-password-page',
        plugin: resetPasswordPage,
        prefix: '',
        api: false,
        options: { identity: runtime },
      },
    ],
    permissions: identityPermissions,
    events: eventsIn(events),
    titles: identityTitles,
  });
