import { defineEvent } from '@nexova/events';
import { z } from 'zod';

/** An endpoint stopped receiving deliveries: by hand, after sustained failure, or because it answered 410. */
export const webhookEndpointDisabled = defineEvent({
  type: 'webhooks.endpoint.disabled',
  version: 1,
  aggregate: 'webhook_endpoint',
  description:
    'A webhook endpoint was disabled: `manual` (PATCH enabled=false), `failing` (every attempt failed for WEBHOOKS_DISABLE_AFTER_FAILURES attempts over WEBHOOKS_DISABLE_AFTER_HOURS) or `gone` (it answered 410).',
  payload: z.object({
    endpoint_id: z.string().uuid(),
    url: z.string(),
    reason: z.enum(['manual', 'failing', 'gone']),
    consecutive_failures: z.number().int(),
    failing_since: z.string().nullable(),
  }),
});
