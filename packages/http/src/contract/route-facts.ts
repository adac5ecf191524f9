import type { RouteOptions } from 'fastify';
import { defaultAuth } from '../api-scope';
import type { RouteAuth } from '../route-config';

/** What the OpenAPI document derives from a route's config, carried from the per-route transform. */
export type RouteFacts = {
  auth: RouteAuth;
  permission?: string;
  rate_limited: boolean;
  /** The body schema accepts no body at all (the OpenAPI generator marks every body required). */
  body_optional?: true;
  alternates?: Record<string, { description: string; example: string }>;
};

export const ROUTE_FACTS = 'x-nexova-route';

/** The facts of a route, read from its declared `config` (the same rules the plugins apply). */
export function routeFacts(route: Pick<RouteOptions, 'config' | 'schema'>): RouteFacts {
  const config = (route.config ?? {}) as {
    api?: boolean;
    auth?: RouteAuth;
    permission?: string;
    rateLimit?: unknown;
    alternates?: RouteFacts['alternates'];
  };
  return {
    ...(config.alternates ? { alternates: config.alternates } : {}),
    auth: defaultAuth(config.api === true, config.auth),
    ...(config.permission ? { permission: config.permission } : {}),
    rate_limited: config.rateLimit !== false,
    ...(acceptsNoBody(route.schema?.body) ? { body_optional: true as const } : {}),
  };
}

const acceptsNoBody = (body: unknown) =>
  typeof (body as { safeParse?: unknown })?.safeParse === 'function' &&
  (body as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success;

/** The security requirement of an auth level: who may call, with which credential. */
export function securityOf(auth: RouteAuth): Record<string, string[]>[] {
  if (auth === 'public') return [];
  // API keys belong to a workspace: they authenticate workspace routes only.
  if (auth === 'workspace') return [{ bearer: [] }, { api_key: [] }];
  return [{ bearer: [] }];
}
