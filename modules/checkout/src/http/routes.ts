import { ifMatchVersion, registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CANCEL_RULE, cancelUnpaidOrder } from '../use-cases/cancel-unpaid-order';
import { getCheckout } from '../use-cases/get-checkout';
import * as s from './checkout.schema';

registerTitles({
  checkout_not_found: { es: 'El pedido no tiene checkout', 'pt-BR': 'O pedido não tem checkout' },
  order_has_payments: {
    es: 'El pedido tiene pagos registrados',
    'pt-BR': 'O pedido tem pagamentos registrados',
  },
});

/**
 * GET /orders/{order_id}/checkout: the checkout saga an order's confirmation started. POST
 * /orders/{order_id}/cancel lives here too: canceling must look at the order's payments, which only the
 * module above orders and payments may do.
 */
export const checkoutRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orders/:order_id/checkout',
    {
      config: { permission: 'orders:read', versioned: true },
      schema: {
        summary: "An order's checkout saga: its state, every step, and the payment it asked for",
        operationId: 'getOrderCheckout',
        description:
          'POST /orders/{order_id}/confirm starts it (202; the order is `pending`). States: started → ' +
          'stock_reserved → payment_pending → completed (the order is `confirmed`: paid), or stock_failed ' +
          '(order back to draft; `short_lines` names each line that was short, with requested and available), ' +
          'payment_overdue (the deadline passed while the order holds money: staff decide), payment_failed, ' +
          'canceled, timed_out (order canceled, stock released, payment canceled or refunded). Every move is ' +
          'a checkout.saga.<state> event.',
        tags: ['orders'],
        params: s.orderParams,
        response: { 200: s.checkoutSchema },
      },
    },
    async (req) => getCheckout({ ctx: req.ctx, input: { orderId: req.params.order_id } }),
  );

  app.post(
    '/orders/:order_id/cancel',
    {
      config: { permission: 'orders:transition', versioned: { ifMatch: true } },
      schema: {
        summary: 'Cancel an order that holds no money (a running checkout is compensated; stock comes back)',
        operationId: 'cancelOrder',
        description: CANCEL_RULE,
        tags: ['orders'],
        params: s.orderParams,
        body: s.cancelBody,
        response: { 200: s.orderDetailSchema },
      },
    },
    async (req) => {
      const body = req.body;
      return cancelUnpaidOrder({
        ctx: req.ctx,
        input: {
          orderId: req.params.order_id,
          reason: body?.reason,
          expectedVersion: ifMatchVersion(req, body?.expected_version),
        },
      });
    },
  );
};
