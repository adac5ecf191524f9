import cors from '@fastify/cors';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import { infrastructureOptions } from '../plugin-options';

/**
 * Request limits and security headers: a body limit per route (its `config.bodyLimit`, else its
 * rate-limit class's, else HTTP_BODY_LIMIT_BYTES → 413), helmet headers suited to a JSON API that
 * still let Swagger UI at /docs work, and CORS from HTTP_CORS_ORIGINS. JSON-only (415) and the
 * request/handler timeouts (408/503) are set by buildHttpApp.
 */
const requestLimits: FastifyPluginAsync = async (app) => {
  const { config } = app;
  const classLimits: Record<string, number> = { auth: config.HTTP_BODY_LIMIT_AUTH_BYTES };

  app.addHook('onRoute', (route) => {
    const declared = route.config?.bodyLimit;
    const klass = route.config?.rateLimit ? route.config.rateLimit.class : undefined;
    const limit = declared ?? (klass ? classLimits[klass] : undefined);
    if (limit !== undefined && route.bodyLimit === undefined) route.bodyLimit = limit;
  });

  // Built once. (@fastify/helmet rebuilt helmet — parsing the CSP directives — on every request:
  // ~10% of a GET /health.) The same headers, set on every response as before.
  const securityHeaders = helmet({
    // The API serves JSON; its HTML is Swagger UI and the dashboard, whose scripts and styles are
    // same-origin files (inline style attributes, data: icons; blob: previews of chosen files; the
    // dashboard's service worker and web manifest).
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    // Cross-origin API calls are governed by CORS below, not by resource-policy.
    crossOriginResourcePolicy: { policy: 'same-site' },
    strictTransportSecurity: config.NODE_ENV === 'production' ? { maxAge: 31_536_000 } : false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });

  const allowed = new Set(config.HTTP_CORS_ORIGINS);
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'idempotency-key',
      'if-match',
      'if-none-match',
      'x-request-id',
      'x-workspace-id',
    ],
    exposedHeaders: [
      'etag',
      'ratelimit',
      'ratelimit-policy',
      'retry-after',
      'idempotent-replayed',
      'x-request-id',
      'location',
    ],
    maxAge: 600,
  });
};

export const requestLimitsPlugin = fp(requestLimits, infrastructureOptions('nexova-request-limits'));
