import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';

// Request and response schemas of the event operations routes (routes.ts).

/** A dead letter as listed. */
export const deadLetter = z.object({
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

const deadLetterExample = {
  id: '0192f3a4-5b6c-7d8e-9f00-112233445566',
  consumer: 'checkout.saga',
  event_id: '0192f3a4-5b6c-7d8e-9f00-aabbccddeeff',
  event_type: 'orders.order.submitted',
  attempts: 5,
  last_error: 'stock service timed out',
  status: 'open' as const,
  failed_at: '2026-11-27T21:00:00.000Z',
  resolved_at: null,
};

/** A dead letter with its event and every attempt's error. */
export const detail = deadLetter
  .extend({
    errors: z.array(z.object({ attempt: z.number().int(), at: z.string(), error: z.string() })),
    event: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({
    example: {
      ...deadLetterExample,
      errors: [{ attempt: 1, at: '2026-11-27T20:59:00.000Z', error: 'stock service timed out' }],
      event: { id: deadLetterExample.event_id, type: 'orders.order.submitted', version: 1, payload: {} },
    },
  });

/** Dead letters as listed, newest first. */
export const deadLetterList = pageSchema(deadLetter).meta({
  example: { items: [deadLetterExample], next_cursor: null },
});

/** One dead letter after a replay or a discard. */
export const resolvedDeadLetter = deadLetter.meta({
  example: { ...deadLetterExample, status: 'replayed', resolved_at: '2026-11-27T21:05:00.000Z' },
});

/** A consumer's position, lag and last error. */
export const consumer = z.object({
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

/** Every consumer's status. */
export const consumerList = pageSchema(consumer).meta({
  example: {
    next_cursor: null,
    items: [
      {
        name: 'checkout.saga',
        position: 1042,
        processed: 1040,
        lag_events: 2,
        lag_seconds: 0.4,
        retrying: 0,
        dead_letters: 1,
        last_processed_at: '2026-11-27T21:00:00.000Z',
        last_error: null,
        last_error_at: null,
      },
    ],
  },
});

export const idParams = z
  .object({ dead_letter_id: z.uuid() })
  .meta({ example: { dead_letter_id: deadLetterExample.id } });

export type PageLimits = Parameters<typeof pageQuery>[0];

export const dlqQuery = (limits: PageLimits) =>
  pageQuery(limits).extend({
    status: z.enum(['open', 'replayed', 'discarded', 'all']).default('open'),
    consumer: z.string().optional(),
  });

export const setupResult = z
  .object({ transport: z.enum(['embedded', 'nats']), done: z.boolean() })
  .meta({ example: { transport: 'nats', done: true } });
