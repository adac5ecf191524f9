import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const OPENAPI_PATH = '/api/v1/openapi.json';

const description = `Nexova's HTTP API. Every error is \`application/problem+json\` (RFC 9457) with a stable
\`code\` and the \`request_id\` echoed in the \`X-Request-Id\` header. Send \`X-Request-Id\` yourself
(\`[A-Za-z0-9._-]{1,128}\`) to correlate logs. Tenant routes take the workspace from \`x-workspace-id\`.

**Idempotency.** Every \`POST\` under \`/api/v1\` requires an \`Idempotency-Key\` header (1–255 visible
ASCII characters, e.g. a UUID) unless the operation says otherwise (sign-in and webhooks). Keys are scoped
to the workspace and the caller. The first response is stored with the request's effects, in the same
transaction, and kept 24 hours: a retry with the same key and the same request gets that response
replayed byte for byte with \`Idempotent-Replayed: true\`; the same key with a different method, route or
body answers 422 (\`idempotency-key-reused\`); while the first request is still running, 409
(\`idempotency-key-in-use\`). Requests that fail (validation, conflicts, errors) store nothing.

**Rate limits.** Responses carry \`RateLimit-Policy\` and \`RateLimit\` (draft-ietf-httpapi-ratelimit-headers):
per IP, per caller and per workspace, where a read costs 1 point and a write 5. Over a limit: 429
(\`quota-exceeded\`, naming the policy) with \`Retry-After\`.

**Concurrency.** Single resources carry a strong \`ETag\`; send it back in \`If-Match\` on PATCH/DELETE
(412 \`version-mismatch\` naming \`current_version\` when stale) and in \`If-None-Match\` on GET (304 when
unchanged). Without \`If-Match\` a write still applies only to the version it read: a concurrent change
answers 409 (\`version-conflict\`), never a silent overwrite. Lists use opaque cursors.

**Availability.** While the database is unreachable (a restart, a failover), any operation may answer 503
(\`database-unavailable\`) with \`Retry-After\`: retry after that many seconds, a POST with the same
\`Idempotency-Key\` (a write that had committed is then replayed, never applied twice).`;

/** Registers the OpenAPI generator (from the routes' zod schemas), the JSON document and Swagger UI at /docs. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Nexova API', version, description },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'An access token (JWT) from /api/v1/auth/login, or a workspace API key (nxk_…).',
          },
        },
      },
      tags: [{ name: 'system', description: 'Health, metrics and the API contract' }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true } });
  app.get(OPENAPI_PATH, { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
