import { adjustStock } from '@nexova/inventory';
import { ConflictError, NotFoundError } from '@nexova/kernel';
import { getOrder, listOrders } from '@nexova/orders';
import { getOrderBalance, registerPayment } from '@nexova/payments';
import { z } from 'zod';
import { defineTool } from './tool';

// adjust_stock and register_payment: the same use-cases as POST /stock/adjust and
// POST /orders/{id}/payments, through inventory's and payments' front doors.

export const adjustStockTool = defineTool({
  name: 'adjust_stock',
  description:
    'Staff only: add (positive) or remove (negative) units of a variant from stock, with the reason recorded. Not in the default role: a customer cannot change stock by chatting; an admin grants stock:write for staff-facing use (MCP).',
  permission: 'stock:write',
  defaultGrant: false,
  input: z.object({
    variant_id: z.string().uuid().describe('A variant id from list_products.'),
    delta: z
      .number()
      .int()
      .refine((d) => d !== 0, 'must not be 0')
      .describe('Units to add (positive) or remove (negative).'),
    reason: z.string().trim().min(1).max(500).describe('Why (a count, breakage, a delivery).'),
  }),
  async run({ ctx, input }) {
    const level = await adjustStock({
      ctx,
      input: { variantId: input.variant_id, delta: input.delta, reason: input.reason },
    });
    return level;
  },
});

/** The order a payment is for: the one named (it must be this customer's), else their latest pending or confirmed order. */
async function customerOrder(ctx: Parameters<typeof getOrder>[0]['ctx'], customerId: string, orderId?: string) {
  if (orderId) {
    const order = await getOrder({ ctx, input: { orderId } });
    // Another customer's order answers as if it did not exist (ids cannot be probed from a chat).
    if (order.customer_id !== customerId)
      throw new NotFoundError(`Order ${orderId} not found.`, { code: 'order_not_found' });
    return order.id;
  }
  for (const status of ['pending', 'confirmed'] as const) {
    const page = await listOrders({ ctx, input: { customerId, status, limit: 1 } });
    if (page.items[0]) return page.items[0].id;
  }
  throw new ConflictError('This customer has no order awaiting payment.', { code: 'agent_no_payable_order' });
}

export const registerPaymentTool = defineTool({
  name: 'register_payment',
  description:
    "Register a bank transfer or Pix the customer says they sent for their order (default: their latest pending or confirmed order; default amount: what is still owed). Record the customer's reference; staff reconcile it with the bank.",
  permission: 'payments:write',
  uses: ['customer'],
  input: z.object({
    order_id: z
      .string()
      .uuid()
      .optional()
      .describe("One of this customer's orders; absent: the latest awaiting payment."),
    method: z
      .enum(['transfer', 'pix'])
      .describe('How the customer paid (cash and card are registered at the counter).'),
    amount: z.number().int().min(1).optional().describe('Minor units; absent: the whole balance.'),
    reference: z.string().trim().max(200).optional().describe("The customer's transfer/Pix reference or id."),
  }),
  async run({ ctx, input, session }) {
    const orderId = await customerOrder(ctx, session.customerId, input.order_id);
    const balance = await getOrderBalance({ ctx, input: { orderId } });
    if (balance.balance <= 0)
      throw new ConflictError(`Order ${orderId} is already paid.`, { code: 'agent_order_already_paid' });
    const payment = await registerPayment({
      ctx,
      input: {
        orderId,
        amount: input.amount ?? balance.balance,
        method: input.method,
        reference: input.reference ?? null,
        note: 'Announced by the customer in the chat (agent).',
      },
    });
    const after = await getOrderBalance({ ctx, input: { orderId } });
    return {
      payment_id: payment.id,
      order_id: orderId,
      amount: payment.amount,
      method: payment.method,
      currency: after.currency,
      balance: after.balance,
      paid_status: after.paid_status,
    };
  },
});
