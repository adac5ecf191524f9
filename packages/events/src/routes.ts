import { decodeCursor, pageOf, pageQuery } from '@nexova/http';
import { ConflictError, NotFoundError } from '@nexova/kernel';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ConsumerDefinition } from './consumer';
import { DeadLetterError, discardDeadLetter, getDeadLetter, listDeadLetters, replayDeadLetter } from './dlq';
import * as s from './routes.schema';
import { consumerStatus } from './status';

const mapError = (error: unknown): never => {
  if (error instanceof DeadLetterError) {
    if (error.code === 'not_found') throw new NotFoundError(error.message, { code: 'dead_letter_not_found' });
    throw new ConflictError(error.message, { code: `dead_letter_${error.code}` });
  }
  throw error;
};

const ADMIN = { auth: 'admin' as const, permission: 'system:events', idempotent: false };

export type EventRoutesOptions = {
  consumers: () => ConsumerDefinition[];
  /** Creates JetStream streams and consumers (absent on the embedded transport). */
  setup?: () => Promise<void>;
  /** Page size default and maximum of the lists. */
  page: s.PageLimits;
};

/** Operations: dead letters, transport setup and consumer status (platform admins, `system:events`). */
export function eventRoutes(options: EventRoutesOptions): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/system/events/dlq',
      {
        config: ADMIN,
        schema: {
          operationId: 'listDeadLetters',
          summary: 'List dead-lettered events',
          tags: ['system'],
          querystring: s.dlqQuery(options.page),
          response: { 200: s.deadLetterList },
        },
      },
      async (request) => {
        const { limit, cursor, ...filter } = request.query;
        const key = decodeCursor(cursor);
        const after = key ? { failedAt: String(key[0]), id: String(key[1]) } : undefined;
        const rows = await listDeadLetters(request.ctx.db, { ...filter, limit: limit + 1, after });
        return pageOf(rows, limit, (r) => [r.failed_at, r.id]);
      },
    );

    app.get(
      '/system/events/dlq/:dead_letter_id',
      {
        config: ADMIN,
        schema: {
          operationId: 'getDeadLetter',
          summary: 'Show a dead letter with its event and every attempt’s error',
          tags: ['system'],
          params: s.idParams,
          response: { 200: s.detail },
        },
      },
      async (request) => {
        const found = await getDeadLetter(request.ctx.db, request.params.dead_letter_id);
        if (!found)
          throw new NotFoundError(`No dead letter ${request.params.dead_letter_id}.`, {
            code: 'dead_letter_not_found',
          });
        return { ...found, event: found.event as Record<string, unknown> | null };
      },
    );

    app.post(
      '/system/events/dlq/:dead_letter_id/replay',
      {
        config: ADMIN,
        schema: {
          operationId: 'replayDeadLetter',
          summary: 'Replay a dead letter: its consumer handles the event again (once)',
          tags: ['system'],
          params: s.idParams,
          response: { 200: s.resolvedDeadLetter },
        },
      },
      async (request) => replayDeadLetter(request.ctx.db, request.params.dead_letter_id).catch(mapError),
    );

    app.post(
      '/system/events/dlq/:dead_letter_id/discard',
      {
        config: ADMIN,
        schema: {
          operationId: 'discardDeadLetter',
          summary: 'Discard a dead letter: its consumer never handles the event',
          tags: ['system'],
          params: s.idParams,
          response: { 200: s.resolvedDeadLetter },
        },
      },
      async (request) => discardDeadLetter(request.ctx.db, request.params.dead_letter_id).catch(mapError),
    );

    app.post(
      '/system/events/setup',
      {
        config: ADMIN,
        schema: {
          operationId: 'setUpEventTransport',
          summary: 'Create or update JetStream streams and durable consumers (idempotent)',
          tags: ['system'],
          response: { 200: s.setupResult },
        },
      },
      async () => {
        if (!options.setup) return { transport: 'embedded' as const, done: true };
        await options.setup();
        return { transport: 'nats' as const, done: true };
      },
    );

    app.get(
      '/system/consumers',
      {
        config: ADMIN,
        schema: {
          operationId: 'listConsumers',
          summary: 'Each event consumer’s position, lag and last error',
          tags: ['system'],
          querystring: pageQuery(options.page),
          response: { 200: s.consumerList },
        },
      },
      async (request) => {
        // A handful of consumers, paged by name so the list answers like every other one.
        const { limit, cursor } = request.query;
        const after = decodeCursor(cursor)?.[0];
        const names = options
          .consumers()
          .filter((c) => after === undefined || c.name > String(after))
          .sort((a, b) => (a.name < b.name ? -1 : 1))
          .slice(0, limit + 1);
        const items = await Promise.all(names.map((c) => consumerStatus(request.ctx.db, c)));
        return pageOf(items, limit, (c) => [c.name]);
      },
    );
  };
}
