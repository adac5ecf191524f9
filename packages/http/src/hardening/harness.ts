import { randomUUID } from 'node:crypto';
import { parseConfig } from '@nexova/config';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import type { TestDatabase } from '@nexova/testing';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { type AppPlugin, buildHttpApp, type HttpApp } from '../app';
import { rateLimitPlugin } from './rate-limit';
import { requestLimitsPlugin } from './request-limits';

// Test support for the hardening suites (not exported from the package).

/**
 * Stand-in for identity until it merges: takes the actor from `x-test-user` / `x-test-key` and the
 * workspace from `x-workspace-id`, in an onRequest hook registered before the hardening plugins
 * (the identity contract). The lead switches these tests to real tokens after merging identity.
 */
export const headerIdentity: FastifyPluginAsync = fp(
  async (app) => {
    app.addHook('onRequest', async (request) => {
      const user = request.headers['x-test-user'];
      const key = request.headers['x-test-key'];
      if (typeof user === 'string') request.ctx.actor = { type: 'user', id: user };
      else if (typeof key === 'string') request.ctx.actor = { type: 'api_key', id: key };
      const workspace = request.headers['x-workspace-id'];
      if (typeof workspace === 'string') request.ctx.workspaceId = workspace;
    });
  },
  { name: 'test-header-identity' },
);

export const hardening: AppPlugin[] = [
  { name: 'test-identity', plugin: headerIdentity },
  { name: 'request-limits', plugin: requestLimitsPlugin },
  { name: 'rate-limit', plugin: rateLimitPlugin },
];

/** A unique Redis key prefix per app group, so parallel runs never share counters. */
export const uniquePrefix = () => `nexova:test:${randomUUID()}`;

export async function buildTestApp(
  database: TestDatabase,
  routes: AppPlugin[],
  env: Record<string, string> = {},
  infrastructure: AppPlugin[] = hardening,
): Promise<HttpApp> {
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    RATE_LIMIT_KEY_PREFIX: uniquePrefix(),
    ...env,
  });
  const app = await buildHttpApp({
    config,
    logger: createLogger('silent'),
    database,
    metrics: createMetricsRegistry({ defaultMetrics: false }),
    version: 'test',
    infrastructure,
    routes,
  });
  await app.ready();
  if (config.REDIS_URL && config.REDIS_URL === process.env.REDIS_URL) {
    const ready = (await app.inject({ method: 'GET', url: '/health/ready' })).json();
    if (ready.checks?.rate_limits?.status !== 'ok') {
      await app.close();
      throw new Error(`REDIS_URL is set but Redis is unreachable: ${ready.checks?.rate_limits?.detail}`);
    }
  }
  return app;
}
