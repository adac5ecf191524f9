import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { applyOperationDefaults, type OpenApiDocument, securitySchemes } from './contract/operation-defaults';
import { ROUTE_FACTS, routeFacts } from './contract/route-facts';

export const OPENAPI_PATH = '/api/v1/openapi.json';

const description = `Nexova's HTTP API. The conventions below hold for every operation; docs/API.md explains
them with examples.

**Authentication.** \`Authorization: Bearer <access token>\` (POST /api/v1/auth/login; refresh it at
POST /api/v1/auth/refresh) or \`Authorization: Bearer nxk_…\` (a workspace API key). A 401 carries
\`WWW-Authenticate\`: \`code\` token_expired (refresh) or invalid_token (sign in again).

**Workspace.** Workspace routes act in the workspace named by the \`x-workspace-id\` header; an API key
implies its own. A workspace the caller cannot see answers 404.

**Shapes.** snake_case properties and query parameters, lower_snake enum values, ids are UUIDv7,
timestamps ISO 8601 UTC, money integer minor units with a \`currency\`. Lists answer
\`{ items, next_cursor }\` and take \`limit\` and an opaque \`cursor\` (pass \`next_cursor\` back unchanged).
A 201 carries \`Location\`.

**Errors.** \`application/problem+json\` (RFC 9457) with a stable lower_snake \`code\`, the \`request_id\`
(also in \`X-Request-Id\`; send your own, \`[A-Za-z0-9._-]{1,128}\`, to correlate logs) and, on 400, an
\`errors\` list naming each field by JSON pointer with a message in the language of \`Accept-Language\`
(en, es, pt-BR).

**Idempotency.** Every \`POST\` under \`/api/v1\` requires an \`Idempotency-Key\` header (1–255 visible
ASCII characters, e.g. a UUID) unless the operation says otherwise (sign-in and webhooks). Keys are scoped
to the workspace and the caller. The first response is stored with the request's effects, in the same
transaction, and kept 24 hours: a retry with the same key and the same request gets that response
replayed byte for byte with \`Idempotent-Replayed: true\`; the same key with a different method, route or
body answers 422 (\`idempotency_key_reused\`); while the first request is still running, 409
(\`idempotency_key_in_use\`). Requests that fail (validation, conflicts, errors) store nothing.

**Rate limits.** Responses carry \`RateLimit-Policy\` and \`RateLimit\` (draft-ietf-httpapi-ratelimit-headers):
per IP, per caller and per workspace, where a read costs 1 point and a write 5. Over a limit: 429
(\`quota_exceeded\`, naming the policy) with \`Retry-After\`.

**Concurrency.** Single resources carry a strong \`ETag\`; send it back in \`If-Match\` on PATCH/DELETE
(412 \`version_mismatch\` naming \`current_version\` when stale) and in \`If-None-Match\` on GET (304 when
unchanged). Without \`If-Match\` a write still applies only to the version it read: a concurrent change
answers 409 (\`version_conflict\`), never a silent overwrite.

**Availability.** While the database is unreachable (a restart, a failover), any operation may answer 503
(\`database_unavailable\`) with \`Retry-After\`: retry after that many seconds, a POST with the same
\`Idempotency-Key\` (a write that had committed is then replayed, never applied twice).`;

/** Registers the OpenAPI generator (from the routes' zod schemas), the JSON document and Swagger UI at /docs. */
export async function registerOpenApi(app: FastifyInstance, version: string, servesRoot = false): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Nexova API', version, description },
      servers: [{ url: '/' }],
      components: { securitySchemes },
    },
    // Each route's config (auth, permission, rate limit) rides along to transformObject, which
    // adds security, the workspace header and the shared problem responses to every operation.
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      return { ...result, schema: { ...result.schema, [ROUTE_FACTS]: routeFacts(input.route) } };
    },
    transformObject: (input) =>
      applyOperationDefaults(jsonSchemaTransformObject(input) as unknown as OpenApiDocument) as never,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { deepLinking: true, persistAuthorization: true },
  });
  app.get(
    OPENAPI_PATH,
    {
      config: { auth: 'public' },
      schema: {
        operationId: 'getOpenApiDocument',
        summary: 'This API contract (OpenAPI 3.1)',
        tags: ['system'],
        response: {
          200: z
            .looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) })
            .describe('The OpenAPI document this page is generated from.')
            .meta({ example: { openapi: '3.1.0', info: { title: 'Nexova API', version: '1.0.0' }, paths: {} } }),
        },
      },
    },
    async () => app.swagger(),
  );
  // The root leads people to the documentation, unless the dashboard is served there.
  if (servesRoot) return;
  app.get('/', { config: { auth: 'public', rateLimit: false }, schema: { hide: true } }, async (_request, reply) =>
    reply.redirect('/docs', 302),
  );
}
