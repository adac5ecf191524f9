import { ConflictError, NotFoundError } from '@nexova/kernel';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ConsumerDefinition } from './consumer';
import { DeadLetterError, discardDeadLetter, getDeadLetter, listDeadLetters, replayDeadLetter } from './dlq';
import { consumerStatus } from './status';

const ADMIN = { auth: 'admin' as const, permission: 'system:events', idempotent: false };

const deadLetter = z.object({
  id: z.string(),
  consumer: z.string(),
  event_id: z.string(),
  event_type: z.string(),
  attempts: z.number().int(),
  last_error: z.string(),
  status: z.enum(['open', 'replayed', 'discarded']),
  failed_at: z.string(),
  resolved_at: z.string().nullable(),
});

const detail = deadLetter.extend({
  errors: z.array(z.object({ attempt: z.number().int(), at: z.string(), error: z.string() })),
  event: z.record(z.string(), z.unknown()).nullable(),
});

const consumer = z.object({
  name: z.string(),
  position: z.number(),
  processed: z.number(),
  lag_events: z.number(),
  lag_seconds: z.number(),
  retrying: z.number(),
  dead_letters: z.number(),
  last_processed_at: z.string().nullable(),
  last_error: z.string().nullable(),
  last_error_at: z.string().nullable(),
});

const idParams = z.object({ id: z.uuid() });

const mapError = (error: unknown): never => {
  if (error instanceof DeadLetterError) {
    if (error.code === 'not_found') throw new NotFoundError(error.message, { code: 'dead_letter_not_found' });
    throw new ConflictError(error.message, { code: `dead_letter_${error.code}` });
  }
  throw error;
};

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
          summary: 'List dead-lettered events',
          tags: ['system'],
          querystring: z.object({
            status: z.enum(['open', 'replayed', 'discarded', 'all']).default('open'),
            consumer: z.string().optional(),
            limit: z.coerce.number().int().min(1).max(1000).default(100),
          }),
          response: { 200: z.object({ items: z.array(deadLetter) }) },
        },
      },
      async (request) => ({ items: await listDeadLetters(request.ctx.db, request.query) }),
    );

    app.get(
      '/system/events/dlq/:id',
      {
        config: ADMIN,
        schema: {
          summary: 'Show a dead letter with its event and every attempt’s error',
          tags: ['system'],
          params: idParams,
          response: { 200: detail },
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
          summary: 'Replay a dead letter: its consumer handles the event again (once)',
          tags: ['system'],
          params: idParams,
          response: { 200: deadLetter },
        },
      },
      async (request) => replayDeadLetter(request.ctx.db, request.params.id).catch(mapError),
    );

    app.post(
      '/system/events/dlq/:id/discard',
      {
        config: ADMIN,
        schema: {
          summary: 'Discard a dead letter: its consumer never handles the event',
          tags: ['system'],
          params: idParams,
          response: { 200: deadLetter },
        },
      },
      async (request) => discardDeadLetter(request.ctx.db, request.params.id).catch(mapError),
    );

    app.post(
      '/system/events/setup',
      {
        config: ADMIN,
        schema: {
          summary: 'Create or update JetStream streams and durable consumers (idempotent)',
          tags: ['system'],
          response: { 200: z.object({ transport: z.enum(['embedded', 'nats']), done: z.boolean() }) },
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
          summary: 'Each event consumer’s position, lag and last error',
          tags: ['system'],
          response: { 200: z.object({ items: z.array(consumer) }) },
        },
      },
      async (request) => ({
        items: await Promise.all(options.consumers().map((c) => consumerStatus(request.ctx.db, c))),
      }),
    );
  };
}
