import { withTransaction } from '@nexova/db';
import { BadRequestError, ConflictError, UnprocessableError } from '@nexova/kernel';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest, RouteHandlerMethod, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { settleApiRoute } from '../api-scope';
import { infrastructureOptions } from '../plugin-options';
import { claimKey, fingerprintOf, type IdempotencyRecord, isNotSaved, saveRecord } from './idempotency-store';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[\x21-\x7e]{1,255}$/;
// Request-specific headers never replayed (the retry gets its own request id and limits).
const NOT_STORED = new Set(['x-request-id', 'ratelimit', 'ratelimit-policy', 'retry-after', 'content-length']);

const keyHeader = z
  .string()
  .min(1)
  .max(255)
  .describe(
    'Unique key of this operation (e.g. a UUID). Retrying with the same key replays the first response (Idempotent-Replayed: true) for 24 h.',
  )
  .meta({ example: '0195b2c4-6f1e-7b4a-9c7d-1f2e3a4b5c6d' });

/** Whether a route needs an Idempotency-Key: every POST of an API route unless it says `idempotent: false`. */
export function needsIdempotencyKey(method: string | string[], api: boolean, idempotent: boolean | undefined): boolean {
  const methods = Array.isArray(method) ? method : [method];
  return methods.includes('POST') && api && idempotent !== false;
}

/** Workspace + principal (anonymous callers by IP): keys of different callers never meet. */
function scopeOf(request: FastifyRequest): string {
  const { workspaceId, actor } = request.ctx;
  return `${workspaceId ?? '-'}|${actor.type}:${actor.id ?? request.ip}`;
}

const inUse = () =>
  new ConflictError('A request with this Idempotency-Key is still being processed; retry later.', {
    code: 'idempotency_key_in_use',
    headers: { 'retry-after': '1' },
  });
const reused = () =>
  new UnprocessableError('This Idempotency-Key was used with a different request (method, route or body).', {
    code: 'idempotency_key_reused',
  });

function replay(reply: FastifyReply, stored: { status: number; headers: Record<string, string>; body: string }) {
  reply.code(stored.status).headers(stored.headers);
  return Buffer.from(stored.body, 'utf8');
}

/**
 * Idempotency-Key on POST (Stripe semantics, draft-ietf-httpapi-idempotency-key-header). The
 * route's handler runs inside one transaction that first takes an advisory lock on (scope, key)
 * — held elsewhere → 409 — then replays a finished record (422 if the request differs), else runs
 * the handler with `request.ctx` bound to the transaction, serializes its return value, stores
 * status, headers and body and sends exactly those bytes. Record and effects commit together;
 * a handler that throws stores nothing. On PostgreSQL the claim travels with BEGIN and the
 * workspace scope, and the record with the COMMIT: two round trips around the handler's own. Handlers must return their payload, not call reply.send.
 */
const idempotency: FastifyPluginAsync = async (app) => {
  const ttlHours = app.config.IDEMPOTENCY_TTL_HOURS;

  app.addHook('onRoute', function wrapIdempotent(route: RouteOptions) {
    if (!needsIdempotencyKey(route.method, settleApiRoute(this, route), route.config?.idempotent)) return;
    const headers = route.schema?.headers;
    if (headers === undefined || headers instanceof z.ZodObject) {
      route.schema = {
        ...route.schema,
        headers: (headers ?? z.object({})).extend({ [IDEMPOTENCY_HEADER]: keyHeader }),
      };
    }
    const handler = route.handler as RouteHandlerMethod;
    route.handler = async function idempotent(request, reply) {
      const key = String(request.headers[IDEMPOTENCY_HEADER]);
      const scope = scopeOf(request);
      const fingerprint = fingerprintOf(request.method, route.url, request.body);
      const outer = request.ctx;
      const settled = (existing: IdempotencyRecord) => {
        if (existing.fingerprint !== fingerprint) throw reused();
        if (outer.audit) outer.audit.note.state = 'skipped'; // a replay changes nothing: no audit entry
        reply.header('idempotent-replayed', 'true');
        return replay(reply, existing);
      };
      try {
        return await withTransaction(outer, async (t) => {
          // The lock, then (with a snapshot taken after it) a record committed while we were racing.
          const { locked, existing } = await claimKey(t.tx, scope, key);
          if (existing) return settled(existing); // a finished request: replay (even while another replays)
          if (!locked) throw inUse(); // the first request is still running
          request.ctx = t;
          // A handler that sent its own reply would answer before this transaction commits (the
          // client could act on a write it cannot see yet): refuse it loudly instead. Fastify's own
          // handler-timeout answer (request.signal aborted first) still goes out: thrown from its
          // timer, the refusal would be an uncaught exception.
          const send = reply.send;
          reply.send = function refused(this: FastifyReply, payload?: unknown) {
            if (request.signal.aborted) return send.call(this, payload);
            throw new Error(`${route.url}: an idempotent handler must return its payload, not call reply.send`);
          };
          let payload: unknown;
          try {
            payload = await handler.call(this, request, reply);
          } finally {
            reply.send = send;
          }
          const serialized = payload === undefined ? '' : reply.serialize(payload);
          const body =
            typeof serialized === 'string' ? serialized : Buffer.from(serialized as ArrayBuffer).toString('utf8');
          if (!reply.hasHeader('content-type')) reply.type('application/json; charset=utf-8');
          const stored: Record<string, string> = {};
          for (const [name, value] of Object.entries(reply.getHeaders())) {
            if (value !== undefined && !NOT_STORED.has(name)) stored[name] = String(value);
          }
          const record = { status: reply.statusCode, headers: stored, body };
          const workspaceId = outer.workspaceId;
          // Sent with the COMMIT on PostgreSQL; a live record there fails the commit (409 below).
          await saveRecord(t.tx, { ...record, scope, key, fingerprint, workspaceId, ttlHours });
          return replay(reply, record);
        });
      } catch (error) {
        if (isNotSaved(error)) throw inUse();
        throw error;
      } finally {
        request.ctx = outer;
      }
    };
  });

  // Before body validation, so a missing key is named on its own (the schema checks its length).
  app.addHook('preValidation', async (request) => {
    const { method, routeOptions } = request;
    if (!needsIdempotencyKey(method, routeOptions.config?.api === true, routeOptions.config?.idempotent)) return;
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (typeof key === 'string' && KEY.test(key)) return;
    throw new BadRequestError(
      key === undefined
        ? 'POST requests need an Idempotency-Key header (1–255 visible ASCII characters).'
        : 'The Idempotency-Key header must be 1–255 visible ASCII characters.',
      {
        code: key === undefined ? 'idempotency_key_required' : 'idempotency_key_invalid',
        errors: [
          { pointer: `/${IDEMPOTENCY_HEADER}`, in: 'headers', message: 'is required: 1–255 visible ASCII characters' },
        ],
      },
    );
  });
};

export const idempotencyPlugin = fp(idempotency, infrastructureOptions('nexova-idempotency'));
