import { z } from 'zod';
import { ORDER_STATUSES, STAFF_ACTIONS } from '../domain/order-status';

// Orders' public shapes: what its use-cases return and its routes answer.

const O = '0190f1c2-7d3a-7b41-9e4c-aaaaaaaaaaaa';
const V = '0190f1c2-7d3a-7b41-9e4c-1a2b3c4d5e6f';
const T = '2026-01-10T12:00:00.000Z';

export const deliverySchema = z
  .object({
    method: z.enum(['delivery', 'pickup']),
    recipient: z.string().trim().max(200).nullish(),
    phone: z.string().trim().max(40).nullish(),
    address: z.string().trim().max(500).nullish(),
    city: z.string().trim().max(200).nullish(),
    postal_code: z.string().trim().max(20).nullish(),
    instructions: z.string().trim().max(1000).nullish(),
  })
  .meta({ example: { method: 'delivery', recipient: 'Ana Souza', address: 'Rua Augusta 100', city: 'São Paulo' } });
export type DeliveryInput = z.infer<typeof deliverySchema>;

export const orderLineSchema = z.object({
  id: z.string().uuid(),
  variant_id: z.string().uuid(),
  sku: z.string(),
  name: z.string().describe('Product name and options when the line was written.'),
  unit_price: z.number().int().describe('Minor units, snapshotted from the catalog.'),
  quantity: z.number().int(),
  line_total: z.number().int(),
});

const exampleLine = {
  id: '0190f1c2-7d3a-7b41-9e4c-bbbbbbbbbbbb',
  variant_id: V,
  sku: 'TSHIRT-RED-M',
  name: 'Camiseta básica (M)',
  unit_price: 1990,
  quantity: 2,
  line_total: 3980,
};

export const orderSchema = z
  .object({
    id: z.string().uuid(),
    number: z
      .number()
      .int()
      .positive()
      .describe('The human order number in its workspace (#1042): 1, 2, 3… with no gaps. Filter with ?number='),
    status: z
      .enum(ORDER_STATUSES)
      .describe(
        'draft: editable. pending: submitted by POST /orders/{order_id}/submit, the checkout saga holds its stock and awaits its payment. confirmed: paid, stock committed. shipped, delivered. canceled.',
      ),
    customer_id: z.string().uuid().nullable(),
    currency: z.string().describe('ISO 4217 code of every amount on the order.'),
    lines: z.array(orderLineSchema),
    subtotal: z.number().int(),
    shipping_fee: z.number().int(),
    total: z.number().int().describe('subtotal + shipping_fee, minor units.'),
    delivery: deliverySchema.nullable(),
    notes: z.string().nullable(),
    allowed_actions: z.array(z.enum(STAFF_ACTIONS)).describe('Staff actions the status table allows now.'),
    version: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({
    example: {
      id: O,
      number: 1042,
      status: 'draft',
      customer_id: null,
      currency: 'BRL',
      lines: [exampleLine],
      subtotal: 3980,
      shipping_fee: 1000,
      total: 4980,
      delivery: { method: 'delivery', recipient: 'Ana Souza', address: 'Rua Augusta 100', city: 'São Paulo' },
      notes: 'Ring twice',
      allowed_actions: ['submit', 'cancel'],
      version: 1,
      created_at: T,
      updated_at: T,
    },
  });
export type Order = z.infer<typeof orderSchema>;

export const historyEntrySchema = z.object({
  id: z.string().uuid(),
  action: z.string().describe('place, update, submit, complete, reopen, cancel, ship, deliver or reassign.'),
  from_status: z.enum(ORDER_STATUSES).nullable(),
  to_status: z.enum(ORDER_STATUSES),
  reason: z.string().nullable(),
  actor: z.object({ type: z.string(), id: z.string().nullable() }),
  created_at: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const orderDetailSchema = orderSchema.extend({ status_history: z.array(historyEntrySchema) }).meta({
  example: {
    ...(orderSchema.meta()?.example as object),
    status_history: [
      {
        id: '0190f1c2-7d3a-7b41-9e4c-cccccccccccc',
        action: 'place',
        from_status: null,
        to_status: 'draft',
        reason: null,
        actor: { type: 'user', id: '0190f1c2-7d3a-7b41-9e4c-dddddddddddd' },
        created_at: T,
      },
    ],
  },
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

/** What other modules (payments) read about an order. */
export type OrderSummary = {
  id: string;
  number: number;
  status: Order['status'];
  customerId: string | null;
  currency: string;
  total: number;
  version: number;
};
