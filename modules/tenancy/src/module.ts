import type { IdentityRuntime } from '@nexova/identity';
import { defineModule, eventsIn } from '@nexova/module';
import * as events from './contracts/events';
import type { AccessCache } from './domain/access-cache';
import { acceptInvitationPage } from './http/pages/accept-invitation-page';
import { tenancyRoutes } from './http/tenancy-routes';
import { tenancyPermissions } from './permissions';
import { tenancyTitles } from './titles';

/**
 * Tenancy as the app mounts it. Members and the invitation page sign people up and send mail with
 * identity's runtime, the app's one (passed in, never looked up). `access` is the app's cache of
 * grants (the one access control reads): the routes that change members, roles or the workspace
 * empty it for their workspace.
 */
export const tenancyModule = (identity: IdentityRuntime, access: AccessCache) =>
  defineModule({
    name: 'tenancy',
    routes: [
      { name: 'tenancy', plugin: tenancyRoutes, options: { identity, access } },
      // The page the invitation mail links to, outside /api/v1.
      { name: 'accept-invitation-page', plugin: acceptInvitationPage, prefix: '', api: false, options: { identity } },
    ],
    permissions: tenancyPermissions,
    events: eventsIn(events),
    titles: tenancyTitles,
  });
