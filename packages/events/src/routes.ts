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
          querystring: s.dlqQuery,
          response: { 200: s.deadLetterList },
        },
      },
      async (request) => ({ items: await listDeadLetters(request.ctx.db, request.query) }),
    );

    app.get(
      '/system/events/dlq/:id',
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
        const found = await getDeadLetter(request.ctx.db, request.params.id);
        if (!found) throw new NotFoundError(`No dead letter ${request.params.id}.`, { code: 'dead_letter_not_found' });
        return { ...found, event: found.event as Record<string, unknown> | null };
      },
    );

    app.post(
      '/system/events/dlq/:id/replay',
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
      async (request) => replayDeadLetter(request.ctx.db, request.params.id).catch(mapError),
    );

    app.post(
      '/system/events/dlq/:id/discard',
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
      async (request) => discardDeadLetter(request.ctx.db, request.params.id).catch(mapError),
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
          response: { 200: s.consumerList },
        },
      },
      async (request) => ({
        items: await Promise.all(options.consumers().map((c) => consumerStatus(request.ctx.db, c))),
      }),
    );
  };
}
