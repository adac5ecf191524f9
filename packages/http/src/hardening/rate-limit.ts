import { RateLimitedError } from '@nexova/kernel';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { infrastructureOptions } from '../plugin-options';
import { createLimiterStore, type Limiter } from './limiter-store';
import { createLoginThrottle, type LoginThrottle } from './login-throttle';
import { type AppliedPolicy, rateLimitHeaders } from './rate-limit-headers';

declare module 'fastify' {
  interface FastifyInstance {
    /** Failed-login throttle for the login route (5 per account and client per minute, growing lockouts; a per-account ceiling). */
    loginThrottle: LoginThrottle;
  }
  interface FastifyRequest {
    /** Policies this request was counted against (they become RateLimit headers). */
    rateLimits: AppliedPolicy[] | null;
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Weighted rate limits (token quotas per window, in process or in Redis). In `onRequest`: per IP
 * on every route. In `preParsing` (after authentication's onRequest hooks): the route's class —
 * `auth` per IP, `payments`/`webhooks` per source — or by default per principal and per workspace,
 * a read costing RATE_LIMIT_READ_COST and a write RATE_LIMIT_WRITE_COST unless the route declares
 * `config.rateLimit.cost`. `config.rateLimit: false` opts a route out.
 */
const rateLimits: FastifyPluginAsync = async (app) => {
  const { config } = app;
  const store = createLimiterStore({
    redisUrl: config.REDIS_URL,
    keyPrefix: config.RATE_LIMIT_KEY_PREFIX,
    log: app.log,
    metrics: app.metrics,
  });
  const w = config.RATE_LIMIT_WINDOW_SECONDS;
  const policy = {
    ip: store.limiter('ip', config.RATE_LIMIT_IP, w),
    user: store.limiter('user', config.RATE_LIMIT_USER_POINTS, w),
    workspace: store.limiter('workspace', config.RATE_LIMIT_WORKSPACE_POINTS, w),
    auth: store.limiter('auth', config.RATE_LIMIT_AUTH, w),
    payments: store.limiter('payments', config.RATE_LIMIT_PAYMENTS, w),
    webhooks: store.limiter('webhooks', config.RATE_LIMIT_WEBHOOKS, w),
  };
  app.decorate(
    'loginThrottle',
    createLoginThrottle(store, {
      maxFailures: config.LOGIN_MAX_FAILURES,
      windowSeconds: config.LOGIN_FAILURE_WINDOW_SECONDS,
      maxBackoffSeconds: config.LOGIN_BACKOFF_MAX_SECONDS,
      accountMaxFailures: config.LOGIN_ACCOUNT_MAX_FAILURES,
      accountWindowSeconds: config.LOGIN_ACCOUNT_WINDOW_SECONDS,
    }),
  );
  app.addReadinessCheck('rate_limits', () => store.health());
  app.addHook('onReady', () => store.waitReady(3000));
  app.addHook('onClose', () => store.close());
  app.decorateRequest('rateLimits', null);

  const count = async (request: FastifyRequest, name: keyof typeof policy, key: string, cost: number) => {
    const limiter: Limiter = policy[name];
    const state = await limiter.consume(key, cost);
    if (!state) return; // store down: fail open
    request.rateLimits ??= [];
    request.rateLimits.push({ name, quota: limiter.points, windowSeconds: limiter.windowSeconds, state });
    if (state.allowed) return;
    throw new RateLimitedError(`Rate limit "${name}" exceeded; retry in ${state.resetSeconds} s.`, {
      extensions: { policy: name },
      headers: { 'retry-after': String(state.resetSeconds) },
    });
  };

  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config?.rateLimit === false) return;
    await count(request, 'ip', request.ip, 1);
  });

  app.addHook('preParsing', async (request, _reply, payload) => {
    const declared = request.routeOptions.config?.rateLimit;
    if (declared === false || !request.routeOptions.url) return payload;
    const { actor, workspaceId } = request.ctx;
    const principal = actor.id === null ? null : `${actor.type}:${actor.id}`;
    const klass = declared?.class;
    const cost =
      declared?.cost ?? (READS.has(request.method) ? config.RATE_LIMIT_READ_COST : config.RATE_LIMIT_WRITE_COST);
    if (klass === 'auth') await count(request, 'auth', request.ip, 1);
    else if (klass === 'payments' || klass === 'webhooks') await count(request, klass, principal ?? request.ip, 1);
    else {
      if (principal) await count(request, 'user', principal, cost);
      if (workspaceId) await count(request, 'workspace', workspaceId, cost);
    }
    return payload;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.rateLimits) return payload;
    // Keep policies a handler already reported (the login throttle's) after the route's own.
    for (const [name, value] of Object.entries(rateLimitHeaders(request.rateLimits))) {
      const before = reply.getHeader(name);
      reply.header(name, before ? `${value}, ${before}` : value);
    }
    return payload;
  });
};

export const rateLimitPlugin = fp(rateLimits, infrastructureOptions('nexova-rate-limit'));
