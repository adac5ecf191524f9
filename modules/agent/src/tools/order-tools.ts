import { checkoutOrder } from '@nexova/checkout';
import { getOrder, placeOrder, updateOrder } from '@nexova/orders';
import { z } from 'zod';
import { orderView } from './order-view';
import { defineTool } from './tool';

// The order tools: the same use-cases as POST /orders, PATCH /orders/{id} and
// POST /orders/{id}/submit, through orders' and checkout's front doors.

const orderId = z.string().uuid().describe('The draft order (from create_order_draft).');
const delivery = z.object({
  method: z.enum(['delivery', 'pickup']),
  recipient: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(40).optional(),
  address: z.string().trim().max(500).optional().describe('Street and number (delivery).'),
  city: z.string().trim().max(200).optional(),
  postal_code: z.string().trim().max(20).optional(),
  instructions: z.string().trim().max(1000).optional(),
});
const line = z.object({
  variant_id: z.string().uuid().describe('A variant id from list_products.'),
  quantity: z.number().int().min(1).max(1000),
});

export const createOrderDraftTool = defineTool({
  name: 'create_order_draft',
  description:
    "Start a draft order for the customer of this conversation with its first items (prices come from the catalog). The delivery defaults to the customer's saved address.",
  permission: 'orders:write',
  uses: ['customer'],
  input: z.object({ items: z.array(line).min(1).max(50) }),
  async run({ ctx, input, session }) {
    const order = await placeOrder({
      ctx,
      input: {
        customerId: session.customerId,
        lines: input.items.map((i) => ({ variantId: i.variant_id, quantity: i.quantity })),
      },
    });
    return orderView(order);
  },
});

export const addItemToDraftTool = defineTool({
  name: 'add_item_to_draft',
  description: 'Add a quantity of a variant to the draft order (added to the line when the variant is already on it).',
  permission: 'orders:write',
  input: line.extend({ order_id: orderId }),
  async run({ ctx, input }) {
    const order = await getOrder({ ctx, input: { orderId: input.order_id } });
    const lines = order.lines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity }));
    const same = lines.find((l) => l.variantId === input.variant_id);
    if (same) same.quantity += input.quantity;
    else lines.push({ variantId: input.variant_id, quantity: input.quantity });
    const updated = await updateOrder({ ctx, input: { orderId: order.id, lines, expectedVersion: order.version } });
    return orderView(updated);
  },
});

export const setDeliveryDetailsTool = defineTool({
  name: 'set_delivery_details',
  description: 'Set how the draft order reaches the customer: delivery to an address, or pickup at the shop.',
  permission: 'orders:write',
  input: z.object({ order_id: orderId, delivery }),
  async run({ ctx, input }) {
    const order = await updateOrder({ ctx, input: { orderId: input.order_id, delivery: input.delivery } });
    return orderView(order);
  },
});

export const requestConfirmationTool = defineTool({
  name: 'request_confirmation',
  description:
    'Read the draft order back (items, total, delivery) so the customer can confirm it before confirm_order.',
  permission: 'orders:read',
  input: z.object({ order_id: orderId }),
  async run({ ctx, input }) {
    return orderView(await getOrder({ ctx, input: { orderId: input.order_id } }));
  },
});

export const confirmOrderTool = defineTool({
  name: 'confirm_order',
  description:
    'Submit the draft order the customer confirmed: its stock is held and its payment awaited (the checkout). Only after the customer said yes.',
  permission: 'orders:transition',
  input: z.object({ order_id: orderId }),
  async run({ ctx, input, config }) {
    const deadline = Date.now() + config.CHECKOUT_PAYMENT_TIMEOUT_SECONDS * 1000;
    const order = await checkoutOrder({
      ctx,
      input: {
        orderId: input.order_id,
        checkout: {
          paymentProvider: null,
          paymentDeadline: new Date(deadline),
          holdUntil: new Date(deadline + config.CHECKOUT_HOLD_GRACE_SECONDS * 1000),
        },
      },
    });
    return orderView(order);
  },
});
