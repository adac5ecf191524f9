import { ifMatchVersion, parseEtags, registerTitles, versionOf } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CANCEL_RULE, cancelUnpaidOrder } from '../use-cases/cancel-unpaid-order';
import { checkoutOrder } from '../use-cases/checkout-order';
import { getCheckout } from '../use-cases/get-checkout';
import { waitForCheckout } from '../use-cases/wait-for-checkout';
import { checkoutWaits } from '../waiting/checkout-waits';
import * as s from './checkout.schema';

registerTitles({
  checkout_not_found: { es: 'El pedido no tiene checkout', 'pt-BR': 'O pedido não tem checkout' },
  checkout_wait_busy: {
    es: 'Demasiadas esperas abiertas; reintente en breve',
    'pt-BR': 'Esperas demais abertas; tente de novo em breve',
  },
  order_has_payments: {
    es: 'El pedido tiene pagos registrados',
    'pt-BR': 'O pedido tem pagamentos registrados',
  },
});

/** What submitting does and which status means what, said once for the route (issue 10). */
export const SUBMIT_DESCRIPTION =
  'Submits a draft for checkout; it does not mean paid. It answers 202 with the order now `pending`, ' +
  'publishes `orders.order.submitted` and starts the checkout saga in the same commit: GET ' +
  '/orders/{order_id}/checkout answers at once (`started`; events `checkout.saga.*`). The saga then holds ' +
  'its stock (all or nothing) and asks for its payment. When the order is paid off the saga commits the ' +
  'stock and the order becomes `confirmed` (`orders.order.confirmed`: confirmed means paid). Stock that ' +
  'runs out meanwhile sends it back to `draft` (`orders.order.reopened`); a failed payment, or no payment ' +
  'before the deadline, ends it `canceled` (an order already holding some money is not canceled: the saga ' +
  'becomes payment_overdue and staff decide). Statuses: draft (editable) → pending (submitted, awaiting ' +
  'stock and payment) → confirmed (paid) → shipped → delivered; canceled. 422 order_stock_unavailable ' +
  'names each line short now (sku, requested, available).';

/**
 * GET /orders/{order_id}/checkout: the checkout saga an order's submission started. POST
 * /orders/{order_id}/submit lives here (it starts the saga in the same commit), and so does
 * /orders/{order_id}/cancel: canceling must look at the order's payments, which only the module above
 * orders and payments may do.
 */
export const checkoutRoutes: FastifyPluginAsyncZod = async (app) => {
  const maxWait = app.config.CHECKOUT_WAIT_MAX_SECONDS;
  const waits = checkoutWaits(app);

  app.get(
    '/orders/:order_id/checkout',
    {
      config: { permission: 'orders:read', versioned: true },
      // A long-poll may outlast the app's handler timeout: allow the longest wait plus a margin.
      handlerTimeout: Math.max(app.config.HTTP_HANDLER_TIMEOUT_MS, (maxWait + 5) * 1000),
      schema: {
        summary: "An order's checkout saga: its state, every step, and the payment it asked for",
        operationId: 'getOrderCheckout',
        description:
          'POST /orders/{order_id}/submit starts it (202; the order is `pending`). States: started → ' +
          'stock_reserved → payment_pending → completed (the order is `confirmed`: paid), or stock_failed ' +
          '(order back to draft; `short_lines` names each line that was short, with requested and available), ' +
          'payment_overdue (the deadline passed while the order holds money: staff decide), payment_failed, ' +
          'canceled, timed_out (order canceled, stock released, payment canceled or refunded). Every move is ' +
          'a checkout.saga.<state> event. Waiting for it to finish: `?wait=10` long-polls (answers as soon as ' +
          'the state changes, or after 10 s with the current state; send the ETag you hold as If-None-Match to ' +
          'wait for a version after it), or follow `checkout.saga.*` on the realtime feed (GET /api/v1/ws). ' +
          'Too many open waits on one server: 503 `checkout_wait_busy` with Retry-After.',
        tags: ['orders'],
        params: s.orderParams,
        querystring: s.checkoutQuery(maxWait),
        response: { 200: s.checkoutSchema },
      },
    },
    async (req) => {
      const orderId = req.params.order_id;
      const wait = req.query.wait;
      if (!wait) return getCheckout({ ctx: req.ctx, input: { orderId } });
      const tags = parseEtags(req.headers['if-none-match']);
      const held = Array.isArray(tags) && tags.length === 1 && tags[0] ? versionOf(tags[0]) : null;
      return waitForCheckout({
        ctx: req.ctx,
        input: { orderId, waitMs: wait * 1000, knownVersion: held ?? undefined, signal: req.signal },
        room: waits.room,
        onRead: waits.onRead,
      });
    },
  );

  app.post(
    '/orders/:order_id/submit',
    {
      config: { permission: 'orders:transition', versioned: { ifMatch: true } },
      schema: {
        summary: 'Submit a draft order for checkout (it becomes pending; paid later makes it confirmed)',
        operationId: 'submitOrder',
        description: SUBMIT_DESCRIPTION,
        tags: ['orders'],
        params: s.orderParams,
        body: s.submitBody,
        // 202: the saga has started; its steps run after the commit (GET /orders/{order_id}/checkout).
        response: { 202: s.orderDetailSchema },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const deadline = Date.now() + app.config.CHECKOUT_PAYMENT_TIMEOUT_SECONDS * 1000;
      reply.code(202);
      return checkoutOrder({
        ctx: req.ctx,
        input: {
          orderId: req.params.order_id,
          reason: body?.reason,
          expectedVersion: ifMatchVersion(req, body?.expected_version),
          checkout: {
            paymentProvider: body?.payment_provider ?? null,
            paymentDeadline: new Date(deadline),
            holdUntil: new Date(deadline + app.config.CHECKOUT_HOLD_GRACE_SECONDS * 1000),
          },
        },
      });
    },
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
