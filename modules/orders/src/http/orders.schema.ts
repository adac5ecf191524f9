import type { Config } from '@nexova/config';
import { pageQuery, pageSchema } from '@nexova/http';
import { z } from 'zod';
import { deliverySchema, orderDetailSchema, orderSchema } from '../contracts/order';
import { ORDER_STATUSES } from '../domain/order-status';

// Request and response shapes of /orders routes (house rule 8).

const O = '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa';
const V = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';
const C = '0190f1c2-7d3a-7b41-9e4c-dddddddddddd';

export const orderParams = z
  .object({ order_id: z.string().uuid().describe('The order.').meta({ example: O }) })
  .meta({ example: { order_id: O } });

const lineInput = z.object({
  variant_id: z.string().uuid(),
  quantity: z.number().int().min(1).max(1_000_000),
});

export const createBody = z
  .object({
    lines: z.array(lineInput).min(1).max(1000).describe('Prices and names are taken from the catalog, not sent.'),
    customer_id: z.string().uuid().nullish(),
    delivery: deliverySchema
      .nullish()
      .describe("Left out with a `customer_id`: prefilled from the customer's default address. `null`: no delivery."),
    notes: z.string().trim().max(5000).nullish(),
    shipping_fee: z.number().int().min(0).default(0).describe('Minor units.'),
  })
  .meta({
    example: {
      lines: [{ variant_id: V, quantity: 2 }],
      customer_id: C,
      delivery: { method: 'delivery', recipient: 'Ana Souza', address: 'Rua Augusta 100', city: 'São Paulo' },
      notes: 'Ring twice',
      shipping_fee: 1000,
    },
  });

export const updateBody = z
  .object({
    lines: z.array(lineInput).min(1).max(1000).optional().describe('Replaces every line; re-priced from the catalog.'),
    customer_id: z.string().uuid().nullable().optional(),
    delivery: deliverySchema.nullable().optional(),
    notes: z.string().trim().max(5000).nullable().optional(),
    shipping_fee: z.number().int().min(0).optional(),
    reason: z.string().trim().max(500).optional(),
    expected_version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Deprecated: send If-Match instead. 412 if the order changed since this version.'),
  })
  .meta({ example: { lines: [{ variant_id: V, quantity: 3 }], notes: 'Gift wrap' } });

export const transitionBody = z
  .object({
    reason: z.string().trim().max(500).optional().describe('Kept in the status history.'),
    expected_version: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Deprecated: send If-Match instead. 412 if the order changed since this version.'),
  })
  .meta({ example: { reason: 'Customer confirmed by WhatsApp' } });

export const submitBody = transitionBody
  .extend({
    payment_provider: z
      .enum(['manual', 'stripe'])
      .nullish()
      .describe('manual: staff register the payment; stripe: a PaymentIntent. Default: PAYMENTS_DEFAULT_PROVIDER.'),
  })
  .meta({ example: { reason: 'Customer confirmed by WhatsApp', payment_provider: 'manual', expected_version: 1 } });

// The transitions' bodies are optional: the example sits on the optional schema, where OpenAPI shows it.
export const optionalTransitionBody = transitionBody.nullish().meta({ example: transitionBody.meta()?.example });

/** GET /orders: the shared page query (limit, cursor) and the filters. */
export const listQuery = (cfg: Pick<Config, 'PAGE_SIZE_DEFAULT' | 'PAGE_SIZE_MAX'>) =>
  pageQuery(cfg)
    .extend({
      status: z.enum(ORDER_STATUSES).optional(),
      customer_id: z.string().uuid().optional().describe("A customer's order history."),
      number: z.coerce
        .number()
        .int()
        .positive()
        .max(2_147_483_647)
        .optional()
        .describe('The human order number (#1042, without the #): at most one order.'),
      created_from: z.iso.datetime({ offset: true }).optional().describe('Inclusive.'),
      created_to: z.iso.datetime({ offset: true }).optional().describe('Exclusive.'),
    })
    .meta({ example: { status: 'confirmed', customer_id: C, limit: 20 } });

export const orderPage = pageSchema(orderSchema).meta({
  example: { items: [orderSchema.meta()?.example], next_cursor: null },
});

export { orderDetailSchema };
