import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import {
  attachmentSchema,
  exampleAttachment,
  orderBalanceSchema,
  PAYMENT_METHODS,
  paymentSchema,
} from '../contracts/payment';

// Request and response shapes of payment routes (house rule 8).

const O = '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa';
const P = '0190f1c2-7d3a-7b41-9e4c-999999999999';

export const orderParams = z
  .object({ order_id: z.string().uuid().describe('The order.').meta({ example: O }) })
  .meta({ example: { order_id: O } });
export const paymentParams = z
  .object({ payment_id: z.string().uuid().describe('The payment.').meta({ example: P }) })
  .meta({ example: { payment_id: P } });

/** GET /orders/{order_id}/payments: the shared page query (limit, cursor). */
export const paymentListQuery = (cfg: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) =>
  pageQuery(cfg).meta({ example: { limit: 20 } });

export const paymentPage = pageSchema(paymentSchema).meta({
  example: { items: [paymentSchema.meta()?.example], next_cursor: null },
});

export const registerBody = z
  .object({
    amount: z.number().int().positive().describe('Minor units; at most the order balance (422 above it).'),
    method: z.enum(PAYMENT_METHODS),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .optional()
      .describe("Defaults to the order's currency; any other is 422."),
    reference: z.string().trim().max(200).nullish().describe('Transfer id, card slip number…'),
    note: z.string().trim().max(2000).nullish(),
  })
  .meta({ example: { amount: 2000, method: 'transfer', reference: 'PIX E123' } });

const reverseExample = { reason: 'Registered twice' };
/** The optional body of void and refund (the example sits on the optional schema, where OpenAPI shows it). */
export const reverseBody = z
  .object({ reason: z.string().trim().max(500).optional() })
  .meta({ example: reverseExample })
  .nullish()
  .meta({ example: reverseExample });

export const attachmentResponse = attachmentSchema.meta({
  example: exampleAttachment,
});

export const fileParams = z
  .object({
    '*': z
      .string()
      .min(1)
      .max(400)
      .describe('The file key.')
      .meta({ example: 'receipts/0190f1c2-7d3a-7b41-9e4c-777777777777/0190f1c2-7d3a-7b41-9e4c-888888888888.pdf' }),
  })
  .meta({ example: { '*': 'receipts/0190f1c2-7d3a-7b41-9e4c-777777777777/0190f1c2-7d3a-7b41-9e4c-888888888888.pdf' } });
export const fileQuery = z
  .object({
    expires: z.string().max(20).describe('Unix seconds after which the URL stops working.'),
    sig: z.string().max(100).describe('HMAC-SHA256 of key and expiry, base64url.'),
  })
  .meta({ example: { expires: '1768050000', sig: 'q1w2e3r4t5y6u7i8o9p0' } });

export { paymentIntentSchema } from '../contracts/payment-intent';
export { orderBalanceSchema, paymentSchema };
