import { parseConfig } from '@nexova/config';
import { MIGRATIONS_FOLDER, openDatabase } from '@nexova/db';
import { type AppPlugin, buildHttpApp, idempotencyPlugin, rateLimitPlugin, requestLimitsPlugin } from '@nexova/http';
import { createLogger, createMetricsRegistry } from '@nexova/observability';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';

// The server bench:hardening drives: Nexova's HTTP stack on PostgreSQL with a cheap POST, with
// (BENCH_HARDENING=on) or without the rate-limit and idempotency plugins. Until identity merges,
// the caller is authenticated from `x-bench-user` / `x-workspace-id` by a stand-in plugin.
const config = parseConfig(process.env);
// on = both plugins; ratelimit / idempotency = one of them (to see where the cost is); off = none.
const mode = process.env.BENCH_HARDENING ?? 'on';
const database = await openDatabase({
  url: config.DATABASE_URL,
  appRole: config.DATABASE_APP_ROLE,
  migrationsFolder: MIGRATIONS_FOLDER,
  migrate: true,
  poolMax: config.DATABASE_POOL_MAX,
});

const identity: FastifyPluginAsync = fp(
  async (app) => {
    app.addHook('onRequest', async (request) => {
      const user = request.headers['x-bench-user'];
      if (typeof user === 'string') request.ctx.actor = { type: 'user', id: user };
      const workspace = request.headers['x-workspace-id'];
      if (typeof workspace === 'string') request.ctx.workspaceId = workspace;
    });
  },
  { name: 'bench-identity' },
);

const routes: FastifyPluginAsync = async (app) => {
  app.post(
    '/bench/notes',
    {
      schema: {
        body: z.object({ text: z.string().max(200) }),
        response: { 201: z.object({ ok: z.boolean(), length: z.number() }) },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return { ok: true, length: (request.body as { text: string }).text.length };
    },
  );
};

const infrastructure: AppPlugin[] = [
  { name: 'identity', plugin: identity },
  { name: 'request-limits', plugin: requestLimitsPlugin },
  ...(mode === 'on' || mode === 'ratelimit' ? [{ name: 'rate-limit', plugin: rateLimitPlugin }] : []),
  ...(mode === 'on' || mode === 'idempotency' ? [{ name: 'idempotency', plugin: idempotencyPlugin }] : []),
];
const app = await buildHttpApp({
  config,
  logger: createLogger(config.LOG_LEVEL),
  database,
  metrics: createMetricsRegistry(),
  version: 'bench',
  infrastructure,
  routes: [{ name: 'bench', plugin: routes }],
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${JSON.stringify({ address })}\n`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
