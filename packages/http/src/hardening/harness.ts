import { randomUUID } from 'node:crypto';
import { parseConfig } from '@nexova/config';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import type { TestDatabase } from '@nexova/testing';
import { type AppPlugin, buildHttpApp, type HttpApp } from '../app';
import { rateLimitPlugin } from './rate-limit';
import { requestLimitsPlugin } from './request-limits';

// Test support for the hardening suites (not exported from the package).

// Without identity: these suites exercise the plugins for anonymous callers. Limits and keys of
// signed-in users and workspaces are tested with real tokens in apps/nexova/test/hardening.
export const hardening: AppPlugin[] = [
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
