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

/** A dead letter with its event and every attempt's error. */
export const detail = deadLetter.extend({
  errors: z.array(z.object({ attempt: z.number().int(), at: z.string(), error: z.string() })),
  event: z.record(z.string(), z.unknown()).nullable(),
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

export const idParams = z.object({ id: z.uuid() });

export const dlqQuery = z.object({
  status: z.enum(['open', 'replayed', 'discarded', 'all']).default('open'),
  consumer: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const setupResult = z.object({ transport: z.enum(['embedded', 'nats']), done: z.boolean() });
