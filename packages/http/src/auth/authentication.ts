import type { AppContext } from '@nexova/db';
import { ForbiddenError } from '@nexova/kernel';
import fp from 'fastify-plugin';
import { defaultAuth, settleApiRoute } from '../api-scope';
import { infrastructureOptions } from '../plugin-options';
import type { RouteAuth } from '../route-config';
import { rejectedToken, unauthorized } from './www-authenticate';

/** Who a valid credential belongs to. */
export type UserPrincipal = { type: 'user'; id: string; isPlatformAdmin: boolean; sessionId: string | null };
export type ApiKeyPrincipal = { type: 'api_key'; id: string; workspaceId: string; permissions: readonly string[] };
export type Principal = UserPrincipal | ApiKeyPrincipal;

export type AuthenticationOptions = {
  /**
   * Verifies a JWT access token (signature, alg, exp — required — nbf, aud, iss) and that its
   * session (`sid`) is still live; null when it is not valid.
   */
  verifyAccessToken(token: string): Promise<UserPrincipal | null>;
  /**
   * Looks up an `nxk_` API key (hashed); null when unknown, revoked, expired, of a deleted
   * workspace or of a creator who is no longer an active member. Its permissions are bounded by
   * what that creator holds now.
   */
  resolveApiKey(ctx: AppContext, key: string): Promise<ApiKeyPrincipal | null>;
};

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated caller, or null on public routes called without credentials. */
    principal: Principal | null;
    /**
     * Checks the request's credential again (a long-lived WebSocket): the caller as of now, or null
     * once the token expired, its session ended or the API key was revoked. Null on public requests.
     */
    recheckPrincipal: (() => Promise<Principal | null>) | null;
  }
}

export const API_KEY_PREFIX = 'nxk_';

/** A query parameter of a WebSocket upgrade request (and only of one: elsewhere tokens stay out of URLs). */
export function socketQuery(
  request: { headers: Record<string, unknown>; query: unknown },
  name: string,
): string | null {
  if (String(request.headers.upgrade ?? '').toLowerCase() !== 'websocket') return null;
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function bearerOf(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw unauthorized('invalid_request', 'The Authorization header must be "Bearer <token>".', 'unauthorized');
  }
  return match[1];
}

/**
 * Authentication in onRequest (before the body is parsed): a JWT access token or an API key in
 * `Authorization: Bearer`. Fills request.principal and ctx.actor. Also fixes every route's auth at
 * start-up and refuses a workspace route that declares no permission, so nothing ships unguarded.
 */
export const authentication = fp<AuthenticationOptions>(async (app, options) => {
  app.decorateRequest('principal', null);
  app.decorateRequest('recheckPrincipal', null);

  app.addHook('onRoute', function fixAuth(route) {
    const api = settleApiRoute(this, route);
    const config = (route.config ?? {}) as Record<string, unknown>;
    const auth = defaultAuth(api, config.auth as RouteAuth | undefined);
    if (auth === 'workspace' && !config.permission) {
      throw new Error(`Route ${route.method} ${route.url} is a workspace route but declares no permission.`);
    }
    route.config = { ...config, auth } as typeof route.config;
  });

  app.addHook('onRequest', async (request) => {
    const auth = request.routeOptions.config?.auth ?? 'public';
    // A public route may receive another scheme meant for itself, not for us (a WhatsApp provider's
    // Basic webhook credentials): it is left to that route.
    const header = request.headers.authorization;
    if (auth === 'public' && header && !/^Bearer\s/i.test(header)) return;
    // Browsers cannot set headers on a WebSocket, so an upgrade may carry the token in the query.
    const token = bearerOf(request.headers.authorization) ?? socketQuery(request, 'access_token');
    if (!token) {
      if (auth === 'public') return;
      throw unauthorized(null, 'Sign in: send "Authorization: Bearer <access token or API key>".', 'unauthorized');
    }
    const principal = token.startsWith(API_KEY_PREFIX)
      ? await options.resolveApiKey(request.ctx, token)
      : await options.verifyAccessToken(token);
    if (!principal) {
      if (auth === 'public') return;
      throw rejectedToken(token, token.startsWith(API_KEY_PREFIX) ? 'api_key' : 'access_token');
    }
    request.principal = principal;
    request.recheckPrincipal = () =>
      token.startsWith(API_KEY_PREFIX) ? options.resolveApiKey(request.ctx, token) : options.verifyAccessToken(token);
    request.ctx.actor = { type: principal.type, id: principal.id };
    if (auth === 'user' && principal.type !== 'user') throw new ForbiddenError('This endpoint needs a user session.');
    if (auth === 'admin' && !(principal.type === 'user' && principal.isPlatformAdmin)) {
      throw new ForbiddenError('This endpoint is for platform administrators.');
    }
  });
}, infrastructureOptions('nexova-authentication'));
