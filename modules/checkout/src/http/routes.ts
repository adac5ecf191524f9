import { registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getCheckout } from '../use-cases/get-checkout';
import * as s from './checkout.schema';

registerTitles({
  checkout_not_found: { es: 'El pedido no tiene checkout', 'pt-BR': 'O pedido não tem checkout' },
});

/** GET /orders/:id/checkout: the checkout saga an order's confirmation started. */
export const checkoutRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orders/:id/checkout',
    {
      config: { permission: 'orders:read', versioned: true },
      schema: {
        summary: "An order's checkout saga: its state, every step, and the payment it asked for",
        description:
          'POST /orders/:id/confirm starts it (202). States: STARTED → STOCK_RESERVED → PAYMENT_PENDING → ' +
          'COMPLETED, or STOCK_FAILED (order back to draft), PAYMENT_FAILED, CANCELLED, TIMED_OUT (order ' +
          'cancelled, stock released, payment cancelled or refunded). Every move is an orders.saga.* event.',
        tags: ['orders'],
        params: s.orderParams,
        response: { 200: s.checkoutSchema },
      },
    },
    async (req) => getCheckout({ ctx: req.ctx, input: { orderId: req.params.id } }),
  );
};
