import type { Config } from '@nexova/config';
import type { DatabaseHandle } from '@nexova/db';
import { anonymousActor, BadRequestError } from '@nexova/kernel';
import { deferredChild, type Logger, type Registry } from '@nexova/observability';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyPluginCallback,
  LogController,
} from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { markApiScope } from './api-scope';
import { requireCreatedLocation } from './contract/created-header';
import { installProblemHandlers, writeClientError } from './errors';
import { frameworkError } from './framework-errors';
import { useCursorSecret } from './hardening/pagination';
import { healthRoutes, type ReadinessCheck } from './health';
import { pickLocale } from './i18n';
import { installInputGuard } from './input-guard';
import { nestsDeeperThan } from './json-depth';
import { answerLivenessEarly } from './liveness';
import { observeRequests } from './observe';
import { registerOpenApi } from './openapi';
import { installProblemNet } from './problem-net';
import { requestIdFrom } from './request-id';
import './route-config';

export type HttpApp = FastifyInstance;

/** What every app plugin receives as its options: the process's config, database and logger. */
export type AppDeps = { config: Config; database: DatabaseHandle; logger: Logger };
declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
    metrics: Registry;
    /** Adds a dependency to `/health/ready` (a plugin's Redis, a transport…). */
    addReadinessCheck(name: string, check: ReadinessCheck): void;
  }
}

/** A piece of the app: module routes (mounted under /api/v1) or infrastructure (mounted at the root). */
export type AppPlugin = {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: plugins may be typed for any provider; they all receive AppDeps.
  plugin: FastifyPluginAsync<AppDeps> | FastifyPluginAsync<any> | FastifyPluginCallback<any>;
  prefix?: string;
  /**
   * Route plugins only. API routes (the default) are workspace-scoped unless a route declares its
   * `auth`, and their POSTs take an Idempotency-Key unless they say `idempotent: false`. Pages, the
   * JWKS and signed file downloads say `api: false`: public by default, no key. The defaults follow
   * this registration, never the URL.
   */
  api?: boolean;
  /** Given to the plugin beside AppDeps: what its module was built with (a runtime created once per app). */
  options?: Record<string, unknown>;
};

export type HttpAppOptions = {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  metrics: Registry;
  version: string;
  /** Infrastructure plugins registered before routes (auth, rate limits, idempotency…). */
  infrastructure?: AppPlugin[];
  /** Module route plugins, mounted under /api/v1 unless they name another prefix. */
  routes?: AppPlugin[];
  readiness?: Record<string, ReadinessCheck>;
  /** A route plugin serves `/` itself (the dashboard); otherwise `/` redirects to /docs. */
  servesRoot?: boolean;
};

/** A hop count becomes proxy-addr's "trust the first N hops" function (Fastify's types omit numbers). */
function trustProxyOption(value: boolean | number | string[]) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}

/** The Fastify app: request ids, problem+json errors, metrics, health, OpenAPI, then the modules. */
export async function buildHttpApp(options: HttpAppOptions): Promise<HttpApp & { markClosing(): void }> {
  const { config, database } = options;
  const state = { closing: false };
  // Infrastructure plugins add their own checks (Redis for rate limits) through app.addReadinessCheck.
  const readiness: Record<string, ReadinessCheck> = {};
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    genReqId: requestIdFrom,
    // One log line per request is written by observeRequests (with the route template).
    logController: new LogController({ requestIdLogLabel: 'request_id', disableRequestLogging: true }),
    // request.log is made on its first line: most requests write one, /health and /metrics none.
    childLoggerFactory: (logger, bindings, options) =>
      deferredChild(logger as Logger, bindings, options) as FastifyBaseLogger,
    bodyLimit: config.HTTP_BODY_LIMIT_BYTES,
    trustProxy: trustProxyOption(config.HTTP_TRUST_PROXY),
    // Receiving the request (headers + body) is bounded (408); handlers too (503 problem+json).
    requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
    // Node enforces requestTimeout only while headersTimeout (60 s by default) is not longer, and
    // checks it every connectionsCheckingInterval (30 s by default): without these, no 408 ever came.
    http: {
      headersTimeout: Math.min(60_000, config.HTTP_REQUEST_TIMEOUT_MS),
      connectionsCheckingInterval: Math.min(30_000, Math.ceil(config.HTTP_REQUEST_TIMEOUT_MS / 4)),
    },
    handlerTimeout: config.HTTP_HANDLER_TIMEOUT_MS,
    clientErrorHandler: writeClientError,
    // Router errors (an undecodable path → 400, a path parameter over 100 characters → 414) as problem+json.
    frameworkErrors: frameworkError,
    return503OnClosing: false,
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>();

  // List cursors are signed with the configured secret (one key for every replica).
  useCursorSecret(config.CURSOR_SECRET ?? config.NEXOVA_SECRET_KEY);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: Fastify's text/plain parser is removed so other bodies answer 415. Routes that take
  // files register their own parser inside their plugin.
  app.removeContentTypeParser('text/plain');
  // An empty body sent with `Content-Type: application/json` (a shared header set, `curl -H`) is no
  // body, as if the header were absent: an optional body passes, a required one answers 400 naming
  // it. Anything else goes to Fastify's own parser (prototype-poisoning checks included).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    if (nestsDeeperThan(body as string, config.HTTP_JSON_MAX_DEPTH))
      return done(
        new BadRequestError(`The JSON body nests deeper than ${config.HTTP_JSON_MAX_DEPTH} levels.`, {
          code: 'body_too_deep',
          errors: [{ pointer: '', in: 'body', message: `nests deeper than ${config.HTTP_JSON_MAX_DEPTH} levels` }],
        }),
        undefined,
      );
    return parseJson(request, body as string, done);
  });

  // Plugins (module routes, infrastructure) read their settings from the one parsed config.
  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('metrics', options.metrics);
  app.decorate('addReadinessCheck', (name: string, check: ReadinessCheck) => {
    readiness[name] = check;
  });
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    request.ctx = {
      workspaceId: null,
      actor: anonymousActor,
      requestId: request.id,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      locale: pickLocale(request.headers['accept-language']),
      db: database.db,
    };
  });

  installProblemHandlers(app, state);
  installInputGuard(app);
  installProblemNet(app);
  requireCreatedLocation(app, config.NODE_ENV === 'test');
  // The OpenAPI generator first: it documents every route registered after it (/metrics included).
  await registerOpenApi(app, options.version, options.servesRoot === true);
  const httpMetrics = observeRequests(app, options.metrics, config.METRICS_TOKEN);
  answerLivenessEarly(app.server, httpMetrics, () => state.closing);

  Object.assign(readiness, {
    database: async () => {
      await database.ping();
      const status = await database.status();
      return status.pending === 0
        ? { ok: true }
        : { ok: false, detail: `${status.pending} of ${status.total} migrations not applied` };
    },
    ...options.readiness,
  });
  await app.register(healthRoutes(readiness, config.HEALTH_CHECK_TIMEOUT_MS));

  const deps: AppDeps = { config, database, logger: options.logger };
  for (const { plugin, options: own } of options.infrastructure ?? []) await app.register(plugin, { ...own, ...deps });
  for (const { plugin, prefix, api, options: own } of options.routes ?? []) {
    await app.register(
      async (scope) => {
        if (api !== false) markApiScope(scope);
        await scope.register(plugin, { ...own, ...deps });
      },
      { prefix: prefix ?? '/api/v1' },
    );
  }

  return Object.assign(app, {
    markClosing: () => {
      state.closing = true;
    },
  });
}
