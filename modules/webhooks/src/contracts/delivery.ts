import { z } from 'zod';

// What the delivery log routes answer.

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

const D = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';
const E = '0190f1c2-7d3a-7b41-9e4c-eeeeeeeeeeee';
const V = '0190f1c2-7d3a-7b41-9e4c-ffffffffffff';

export const deliverySchema = z
  .object({
    id: z.string().uuid(),
    endpoint_id: z.string().uuid(),
    event_id: z.string().uuid().describe('The event id: also the `webhook-id` header and the body `id`.'),
    event_type: z.string(),
    kind: z.enum(['event', 'ping']),
    status: z
      .enum(DELIVERY_STATUSES)
      .describe('`pending` (waiting for its next attempt), `delivered` (a 2xx came back) or `failed` (gave up).'),
    attempt_count: z.number().int(),
    next_attempt_at: z.string().nullable(),
    last_status_code: z.number().int().nullable(),
    last_error: z.string().nullable(),
    delivered_at: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: D,
      endpoint_id: E,
      event_id: V,
      event_type: 'orders.order.placed',
      kind: 'event',
      status: 'delivered',
      attempt_count: 2,
      next_attempt_at: null,
      last_status_code: 200,
      last_error: null,
      delivered_at: '2026-11-27T12:00:31.000Z',
      created_at: '2026-11-27T12:00:00.000Z',
      updated_at: '2026-11-27T12:00:31.000Z',
    },
  });
export type WebhookDelivery = z.infer<typeof deliverySchema>;

export const attemptSchema = z.object({
  attempt: z.number().int(),
  status_code: z.number().int().nullable().describe('HTTP status answered; null when none came back.'),
  duration_ms: z.number().int(),
  error: z.string().nullable().describe('Why the attempt failed without an answer (timeout, refused, …).'),
  response_body: z.string().nullable().describe('The start of the answer body (at most 1 KiB).'),
  succeeded: z.boolean(),
  created_at: z.string(),
});

export const deliveryDetailSchema = deliverySchema
  .extend({
    payload: z.unknown().describe('The JSON body sent: { id, type, created_at, workspace_id, data }.'),
    attempts: z.array(attemptSchema),
  })
  .meta({
    example: {
      ...(deliverySchema.meta()?.example as object),
      payload: {
        id: V,
        type: 'orders.order.placed',
        created_at: '2026-11-27T12:00:00.000Z',
        workspace_id: '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa',
        data: { order_id: '0190f1c2-7d3a-7b41-9e4c-bbbbbbbbbbbb' },
      },
      attempts: [
        {
          attempt: 1,
          status_code: 503,
          duration_ms: 120,
          error: null,
          response_body: 'Service Unavailable',
          succeeded: false,
          created_at: '2026-11-27T12:00:01.000Z',
        },
        {
          attempt: 2,
          status_code: 200,
          duration_ms: 80,
          error: null,
          response_body: 'ok',
          succeeded: true,
          created_at: '2026-11-27T12:00:31.000Z',
        },
      ],
    },
  });
export type WebhookDeliveryDetail = z.infer<typeof deliveryDetailSchema>;
