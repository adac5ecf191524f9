import type { FastifyInstance, RouteOptions } from 'fastify';
import type { RouteAuth } from './route-config';

// Which routes are API routes is decided where a route plugin is registered (AppPlugin.api), not by
// matching the URL: a scope is marked with a decorator, which every plugin registered inside it
// inherits, and the onRoute hooks (authentication, idempotency, the OpenAPI facts) read it from the
// instance that registers the route — Fastify calls onRoute hooks with that instance as `this`.
const API_SCOPE = 'nexovaApiScope';

/** Marks a plugin scope: the routes registered in it and its children are API routes. */
export function markApiScope(scope: FastifyInstance): void {
  scope.decorate(API_SCOPE, true);
}

/** Whether the instance registering a route is inside an API scope. */
export function inApiScope(instance: FastifyInstance | undefined): boolean {
  return instance?.hasDecorator(API_SCOPE) === true;
}

/**
 * The route's `config.api`, fixed once by the first onRoute hook that sees it (authentication):
 * later hooks and the OpenAPI transform read the flag from the route itself.
 */
export function settleApiRoute(instance: FastifyInstance | undefined, route: Pick<RouteOptions, 'config'>): boolean {
  const config = (route.config ?? {}) as { api?: boolean };
  if (config.api === undefined) route.config = { ...config, api: inApiScope(instance) } as typeof route.config;
  return (route.config as { api: boolean }).api;
}

/** The auth a route gets when it declares none: workspace for API routes, public elsewhere. */
export function defaultAuth(api: boolean, declared: RouteAuth | undefined): RouteAuth {
  return declared ?? (api ? 'workspace' : 'public');
}
