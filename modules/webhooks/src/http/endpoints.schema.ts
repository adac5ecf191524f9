import { z } from 'zod';
import { EVENT_PATTERN } from '../domain/event-pattern';

// Request shapes of /webhook-endpoints routes (house rule 8).

const E = '0190f1c2-7d3a-7b41-9e4c-eeeeeeeeeeee';

export const endpointParams = z.object({ endpoint_id: z.string().uuid() }).meta({ example: { endpoint_id: E } });

const eventTypes = z
  .array(
    z
      .string()
      .max(200)
      .regex(EVENT_PATTERN, 'must be * or <domain>.<entity>.<action>, where a part may be * (orders.order.*)'),
  )
  .min(1, 'needs at least one event type')
  .max(100)
  .describe('Event types to receive (docs/EVENTS.md): `*`, `orders.order.*`, `payments.payment.registered`, …');

const url = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(2000)
  .describe(
    'https URL of a public host: loopback, private, link-local and other internal addresses are refused (422), also when a name resolves to one.',
  );
const description = z.string().trim().max(500).nullish();

export const createBody = z
  .object({
    url,
    description,
    event_types: eventTypes,
    enabled: z.boolean().default(true),
  })
  .meta({
    example: {
      url: 'https://example.com/hooks/nexova',
      description: 'ERP sync',
      event_types: ['orders.order.*', 'payments.payment.registered'],
    },
  });

export const updateBody = z
  .object({
    url: url.optional(),
    description,
    event_types: eventTypes.optional(),
    enabled: z
      .boolean()
      .optional()
      .describe('false disables it (reason `manual`); true enables it again and clears its failure streak.'),
  })
  .meta({ example: { enabled: true, event_types: ['*'] } });

export const rotateBody = z
  .object({
    overlap_seconds: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'How long the previous secret keeps signing (default WEBHOOKS_SECRET_OVERLAP_SECONDS, at most that); 0 revokes it at once.',
      ),
  })
  .meta({ example: { overlap_seconds: 3600 } });

export const noContent = z.null().meta({ description: 'Deleted.', example: null });
