import { paymentIntentSchema } from '@nexova/payments';
import { z } from 'zod';
import { SAGA_STATES } from '../domain/saga-states';

const O = '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa';
const R = '0190f1c2-7d3a-7b41-9e4c-bbbbbbbbbbbb';
const T = '2026-11-22T12:00:00.000Z';

export const sagaStepSchema = z.object({
  attempt: z.number().int(),
  from_state: z.enum(SAGA_STATES).nullable(),
  to_state: z.enum(SAGA_STATES),
  reason: z.string().nullable(),
  created_at: z.string(),
});

export const checkoutSchema = z
  .object({
    order_id: z.string().uuid().describe('The order, which is also the saga id.'),
    state: z.enum(SAGA_STATES),
    attempt: z.number().int().describe('Runs of the saga; a stock_failed checkout may be confirmed again.'),
    provider: z.enum(['manual', 'stripe']).nullable(),
    reservation_id: z.string().uuid().nullable(),
    payment: paymentIntentSchema
      .nullable()
      .describe(
        "The order's payment intent (what is asked to be paid; a Stripe client_secret for the buyer), with intent statuses: `succeeded` once paid. The money received is listed as payments (GET /orders/{order_id}/payments, status `registered`); docs/API.md, 'Payment intents and payments'.",
      ),
    deadline_at: z.string().describe('When a checkout still unpaid times out, is canceled and releases its stock.'),
    last_error: z.string().nullable(),
    short_lines: z
      .array(
        z.object({
          pointer: z.string().describe('The order line ("/lines/0").'),
          variant_id: z.string().uuid(),
          sku: z.string().nullable(),
          requested: z.number().int().describe('Units the order asked for (the variant over all its lines).'),
          available: z.number().int().describe('Units available when the reservation failed.'),
        }),
      )
      .nullable()
      .describe('stock_failed: the lines that were short when the saga tried to hold the stock; null otherwise.'),
    steps: z.array(sagaStepSchema),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      order_id: O,
      state: 'payment_pending',
      attempt: 1,
      provider: 'manual',
      reservation_id: R,
      payment: null,
      deadline_at: '2026-11-22T13:00:00.000Z',
      last_error: null,
      short_lines: null,
      steps: [
        { attempt: 1, from_state: null, to_state: 'started', reason: null, created_at: T },
        { attempt: 1, from_state: 'started', to_state: 'stock_reserved', reason: null, created_at: T },
        { attempt: 1, from_state: 'stock_reserved', to_state: 'payment_pending', reason: null, created_at: T },
      ],
      version: 3,
      created_at: T,
      updated_at: T,
    },
  });
export type Checkout = z.infer<typeof checkoutSchema>;
