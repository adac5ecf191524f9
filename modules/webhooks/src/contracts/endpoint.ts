import { z } from 'zod';

// What the webhook endpoint routes answer (snake_case on the wire).

export const DISABLED_REASONS = ['manual', 'failing', 'gone'] as const;
export type DisabledReason = (typeof DISABLED_REASONS)[number];

const E = '0190f1c2-7d3a-7b41-9e4c-eeeeeeeeeeee';

export const endpointSchema = z
  .object({
    id: z.string().uuid(),
    url: z.string().describe('Where deliveries are POSTed (https).'),
    description: z.string().nullable(),
    event_types: z.array(z.string()).describe('Patterns of the event types sent: `*`, `orders.order.*`, …'),
    enabled: z.boolean(),
    disabled_reason: z
      .enum(DISABLED_REASONS)
      .nullable()
      .describe('Why it is disabled: `manual`, `failing` (sustained failure) or `gone` (it answered 410).'),
    disabled_at: z.string().nullable(),
    previous_secret_expires_at: z
      .string()
      .nullable()
      .describe('After a rotation: until when deliveries are also signed with the previous secret.'),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: E,
      url: 'https://example.com/hooks/nexova',
      description: 'ERP sync',
      event_types: ['orders.order.*', 'payments.payment.registered'],
      enabled: true,
      disabled_reason: null,
      disabled_at: null,
      previous_secret_expires_at: null,
      version: 1,
      created_at: '2026-11-27T12:00:00.000Z',
      updated_at: '2026-11-27T12:00:00.000Z',
    },
  });
export type WebhookEndpoint = z.infer<typeof endpointSchema>;

export const endpointWithSecretSchema = endpointSchema
  .extend({
    secret: z
      .string()
      .describe('The signing secret (`whsec_…`). Shown only in this answer: store it now, it cannot be read again.'),
  })
  .meta({
    example: {
      ...(endpointSchema.meta()?.example as object),
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    },
  });
export type WebhookEndpointWithSecret = z.infer<typeof endpointWithSecretSchema>;
