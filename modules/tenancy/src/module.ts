import type { IdentityRuntime } from '@nexova/identity';
import { defineModule, eventsIn } from '@nexova/module';
import * as events from './contracts/events';
import { acceptInvitationPage } from './http/pages/accept-invitation-page';
import { tenancyRoutes } from './http/tenancy-routes';
import { tenancyPermissions } from './permissions';
import { tenancyTitles } from './titles';

/**
 * Tenancy as the app mounts it. Members and the invitation page sign people up and send mail with
 * identity's runtime, the app's one (passed in, never looked up).
 */
export const tenancyModule = (identity: IdentityRuntime) =>
  defineModule({
    name: 'tenancy',
    routes: [
      { name: 'tenancy', plugin: tenancyRoutes, options: { identity } },
      // The page the invitation mail links to, outside /api/v1.
      { name: 'accept-invitation-page', plugin: acceptInvitationPage, prefix: '', api: false, options: { identity } },
    ],
    permissions: tenancyPermissions,
    events: eventsIn(events),
    titles: tenancyTitles,
  });
