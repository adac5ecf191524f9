import { etagOf, ValidationError } from '@nexova/kernel';
import type { FastifyPluginAsync, FastifyRequest, RouteHandlerMethod, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { registerTitles } from '../i18n';
import { infrastructureOptions } from '../plugin-options';
import { notModified, parseEtags, versionOf } from './conditional';

// Conditional requests as a route opt-in: `config: { versioned: true }` on a route whose 2xx body
// is a resource with an integer `version`. Every module gets ETag / If-None-Match / If-Match, and
// their OpenAPI documentation, from this one place instead of per-route code.

/**
 * `true`: GET/HEAD send a strong `ETag` and answer `If-None-Match` with 304; PATCH/PUT/DELETE
 * document `If-Match` (412 when stale); any method's 2xx resource body carries its new `ETag`.
 * `{ ifMatch }` overrides whether `If-Match` applies (e.g. `true` for a POST action on a resource,
 * `false` for a POST that creates one).
 */
export type VersionedRoute = boolean | { ifMatch?: boolean };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's body is a versioned resource: ETag, If-None-Match (GET), If-Match (writes). */
    versioned?: VersionedRoute;
  }
}

registerTitles({
  version_mismatch: { es: 'El recurso cambió', 'pt-BR': 'O recurso mudou' },
  version_conflict: {
    es: 'Otra solicitud cambió el recurso',
    'pt-BR': 'Outra requisição alterou o recurso',
  },
});

const ifMatchHeader = z
  .string()
  .max(512)
  .optional()
  .describe(
    'The ETag this change is based on (from a GET or an earlier write), e.g. "3". A stale one answers 412 `version_mismatch` naming `current_version`; without it, a concurrent change answers 409 `version_conflict` instead of being overwritten.',
  );
const ifNoneMatchHeader = z
  .string()
  .max(512)
  .optional()
  .describe('An ETag you already hold, e.g. "3": 304 Not Modified (no body) while it is still current.');
const etagHeader = {
  type: 'string',
  description: 'Strong entity tag of the returned version, e.g. "3". Send it back in If-Match / If-None-Match.',
};
const notModifiedResponse = z.null().meta({
  description: 'Not modified: If-None-Match names the current ETag. No body.',
  headers: { etag: etagHeader },
});
const preconditionProblem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.literal(412),
  detail: z.string(),
  code: z.literal('version_mismatch'),
  current_version: z.number().int().optional().describe('The version the resource has now.'),
  request_id: z.string(),
});
// Documentation only (problems are sent pre-serialized): a problem+json body, not application/json.
const preconditionResponse = z.object({}).meta({
  description: 'Precondition failed: If-Match names a version that is no longer current.',
  headers: { etag: { ...etagHeader, description: 'The current ETag.' } },
  content: { 'application/problem+json': { schema: { ...z.toJSONSchema(preconditionProblem), $schema: undefined } } },
});

/**
 * The version a write must be based on: `If-Match: "7"` → 7, else the body's `expected_version`
 * (kept for older clients; both must agree when both are sent). `*` asks for none. A tag this API
 * did not issue (weak, foreign, or a list of several) names no current version → 412.
 */
export function ifMatchVersion(request: FastifyRequest, bodyVersion?: number): number | undefined {
  const tags = parseEtags(request.headers['if-match']);
  if (tags === undefined || tags === '*') return bodyVersion;
  const version = tags.length === 1 && tags[0] ? (versionOf(tags[0]) ?? 0) : 0;
  if (bodyVersion !== undefined && bodyVersion !== version)
    throw new ValidationError('If-Match and expected_version name different versions; send one of them.', [
      { pointer: '/expected_version', in: 'body', message: 'disagrees with If-Match' },
    ]);
  return version;
}

/** The `version` of a resource body, if it is one. */
function versionIn(payload: unknown): number | undefined {
  const version = (payload as { version?: unknown } | null)?.version;
  return typeof payload === 'object' && Number.isInteger(version) ? (version as number) : undefined;
}

function documentHeaders(route: RouteOptions, header: string, schema: z.ZodType) {
  const headers = route.schema?.headers;
  if (headers !== undefined && !(headers instanceof z.ZodObject)) return;
  route.schema = { ...route.schema, headers: (headers ?? z.object({})).extend({ [header]: schema }) };
}

function documentResponses(route: RouteOptions, read: boolean, ifMatch: boolean) {
  const response = { ...(route.schema?.response as Record<string, unknown> | undefined) };
  for (const [status, schema] of Object.entries(response)) {
    if (!/^2\d\d$/.test(status) || !(schema instanceof z.ZodObject)) continue;
    const meta = schema.meta();
    // Keep the headers a route declares itself (a 201's Location) beside the ETag.
    response[status] = schema.meta({
      ...meta,
      headers: { ...(meta?.headers as object | undefined), etag: etagHeader },
    });
  }
  if (read) response['304'] = notModifiedResponse;
  if (ifMatch) response['412'] = preconditionResponse;
  route.schema = { ...route.schema, response };
}

const versionedRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('onRoute', (route: RouteOptions) => {
    const declared = route.config?.versioned;
    if (!declared) return;
    const methods = [route.method].flat();
    const read = methods.includes('GET') || methods.includes('HEAD');
    const ifMatch =
      typeof declared === 'object' && declared.ifMatch !== undefined
        ? declared.ifMatch
        : methods.some((m) => m === 'PATCH' || m === 'PUT' || m === 'DELETE');
    if (read) documentHeaders(route, 'if-none-match', ifNoneMatchHeader);
    if (ifMatch) documentHeaders(route, 'if-match', ifMatchHeader);
    documentResponses(route, read, ifMatch);

    const handler = route.handler as RouteHandlerMethod;
    route.handler = async function versioned(request, reply) {
      const payload = await handler.call(this, request, reply);
      const version = versionIn(payload);
      if (reply.sent || version === undefined || reply.statusCode >= 300) return payload;
      if (!read) reply.header('etag', etagOf(version));
      else if (notModified(request, reply, version)) return reply;
      return payload;
    };
  });
};

/** Register before the idempotency plugin, so a stored (and replayed) POST response keeps its ETag. */
export const versionedRoutesPlugin = fp(versionedRoutes, infrastructureOptions('nexova-versioned-routes'));
