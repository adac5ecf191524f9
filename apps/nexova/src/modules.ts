import { catalogRoutes } from '@nexova/catalog';
import { checkoutRoutes } from '@nexova/checkout';
import { customerRoutes } from '@nexova/customers';
import { registeredEvents } from '@nexova/events';
import {
  type AppDeps,
  type AppPlugin,
  authentication,
  idempotencyPlugin,
  infrastructureOptions,
  permissionGuard,
  rateLimitPlugin,
  requestLimitsPlugin,
  versionedRoutesPlugin,
  workspaceContext,
} from '@nexova/http';
import {
  identityRoutes,
  identityRuntime,
  jwksRoutes,
  resetPasswordPage,
  resolveApiKey,
  verifyAccessToken,
} from '@nexova/identity';
import { inventoryRoutes } from '@nexova/inventory';
import { orderRoutes } from '@nexova/orders';
import { fileRoutes, paymentRoutes } from '@nexova/payments';
import { acceptInvitationPage, loadKeyOwnerGrants, loadMembership, tenancyRoutes } from '@nexova/tenancy';
import { webhookFanOutConsumer, webhookRoutes } from '@nexova/webhooks';
import fp from 'fastify-plugin';

// The composition root's list of bounded contexts. Each module's index.ts exports its route plugin,
// consumers and seeders; adding a module is one line in each list below.

/** Authentication → workspace context → permission guard, fed with identity's and tenancy's functions. */
const accessControl = fp<AppDeps>(
  async (app, deps) => {
    const runtime = identityRuntime(deps);
    await runtime.keys.ensure(); // first start: generate the signing key before serving
    await app.register(authentication, {
      verifyAccessToken: (token) => verifyAccessToken({ input: { token }, runtime }),
      resolveApiKey: (ctx, key) => resolveApiKey({ ctx, input: { key }, ownerGrants: loadKeyOwnerGrants }),
    });
    await app.register(workspaceContext, { loadMembership: (ctx, input) => loadMembership({ ctx, input }) });
    await app.register(permissionGuard);
  },
  infrastructureOptions('nexova-access-control', ['nexova-request-limits', 'nexova-rate-limit']),
);

/**
 * Infrastructure plugins, in order. Rate limiting comes before access control so the per-IP limit
 * runs before authentication; its per-user and per-workspace limits run in preParsing, after every
 * onRequest hook, so they see the actor. Versioned routes (ETag, If-None-Match, If-Match) wrap
 * handlers before idempotency does, so a stored POST response keeps its ETag. Idempotency comes
 * last: its key scope is the workspace and principal that access control resolved.
 */
export const infrastructure: AppPlugin[] = [
  { name: 'request-limits', plugin: requestLimitsPlugin },
  { name: 'rate-limit', plugin: rateLimitPlugin },
  { name: 'access-control', plugin: accessControl },
  { name: 'versioned-routes', plugin: versionedRoutesPlugin },
  { name: 'idempotency', plugin: idempotencyPlugin },
];

/** Module route plugins, mounted under /api/v1. */
export const routes: AppPlugin[] = [
  { name: 'jwks', plugin: jwksRoutes, prefix: '', api: false },
  { name: 'identity', plugin: identityRoutes },
  { name: 'tenancy', plugin: tenancyRoutes },
  { name: 'catalog', plugin: catalogRoutes },
  { name: 'inventory', plugin: inventoryRoutes },
  { name: 'customers', plugin: customerRoutes },
  { name: 'orders', plugin: orderRoutes },
  { name: 'checkout', plugin: checkoutRoutes },
  { name: 'payments', plugin: paymentRoutes },
  { name: 'files', plugin: fileRoutes, prefix: '', api: false },
  // Pages the mails link to (server-rendered until the dashboard serves them), outside /api/v1.
  { name: 'reset-password-page', plugin: resetPasswordPage, prefix: '', api: false },
  { name: 'accept-invitation-page', plugin: acceptInvitationPage, prefix: '', api: false },
  { name: 'webhooks', plugin: webhookRoutes },
];

/**
 * Consumers that subscribe to every event, defined here once every module above is loaded (so
 * every event contract is registered): webhooks fan each event out to the endpoints subscribed to it.
 */
export const catchAllConsumers = [webhookFanOutConsumer(registeredEvents())];
