import { defineEvent } from '@nexova/events';
import { z } from 'zod';

const line = z.object({ variant_id: z.string().uuid(), quantity: z.number().int(), unit_price: z.number().int() });
const change = {
  order_id: z.string().uuid(),
  from_status: z.string().nullable(),
  reason: z.string().nullable(),
  version: z.number().int(),
};

export const orderPlaced = defineEvent({
  type: 'orders.order.placed',
  version: 1,
  aggregate: 'order',
  description: 'An order was created (as a draft) with its lines and server-computed total.',
  payload: z.object({
    order_id: z.string().uuid(),
    number: z.number().int().describe("The order's human number in its workspace (#1042)."),
    customer_id: z.string().uuid().nullable(),
    currency: z.string(),
    total: z.number().int(),
    lines: z.array(line),
  }),
});

export const orderUpdated = defineEvent({
  type: 'orders.order.updated',
  version: 1,
  aggregate: 'order',
  description: "A draft order's lines, delivery, notes or customer changed; `changed` names the fields.",
  payload: z.object({
    order_id: z.string().uuid(),
    changed: z.array(z.string()),
    total: z.number().int(),
    version: z.number().int(),
  }),
});

export const orderSubmitted = defineEvent({
  type: 'orders.order.submitted',
  version: 1,
  aggregate: 'order',
  description:
    'Staff submitted a draft for checkout (POST /orders/{order_id}/submit): the order is `pending` while the checkout saga holds its stock and awaits its payment. Not yet paid: orders.order.confirmed says that.',
  payload: z.object({
    ...change,
    total: z.number().int(),
    currency: z.string(),
    payment_provider: z.string().nullable().describe('The provider asked for; null means the configured default.'),
    payment_deadline: z
      .string()
      .describe('When a checkout still unpaid is canceled (CHECKOUT_PAYMENT_TIMEOUT_SECONDS).'),
    hold_until: z.string().describe("When the checkout's stock reservation expires on its own (deadline + grace)."),
  }),
});

export const orderConfirmed = defineEvent({
  type: 'orders.order.confirmed',
  version: 1,
  aggregate: 'order',
  description:
    'The checkout completed: the order is paid and its stock was committed by inventory (status `confirmed` means paid).',
  payload: z.object({ ...change, reservation_id: z.string().uuid().nullable(), total: z.number().int() }),
});

export const orderReopened = defineEvent({
  type: 'orders.order.reopened',
  version: 1,
  aggregate: 'order',
  description: 'The checkout could not hold the stock: the order is a draft again and can be edited.',
  payload: z.object(change),
});

export const orderCanceled = defineEvent({
  type: 'orders.order.canceled',
  version: 1,
  aggregate: 'order',
  description:
    'An order was canceled (it held no money: staff refund or void payments first); the stock it held was released, or — confirmed — its committed units returned on hand (reason order_canceled).',
  payload: z.object(change),
});

export const orderShipped = defineEvent({
  type: 'orders.order.shipped',
  version: 1,
  aggregate: 'order',
  description: 'An order left the shop; its reserved stock was committed (left on hand).',
  payload: z.object(change),
});

export const orderDelivered = defineEvent({
  type: 'orders.order.delivered',
  version: 1,
  aggregate: 'order',
  description: 'An order reached the customer (or was picked up).',
  payload: z.object(change),
});

export const orderCustomerReassigned = defineEvent({
  type: 'orders.order.reassigned',
  version: 1,
  aggregate: 'customer',
  description: 'Orders of a merged customer now belong to the survivor (one event per call, aggregate = the survivor).',
  payload: z.object({ from: z.string().uuid(), to: z.string().uuid(), order_ids: z.array(z.string().uuid()) }),
});
