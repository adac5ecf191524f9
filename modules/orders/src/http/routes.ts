import { ifMatchVersion, registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { STAFF_ACTIONS, type StaffAction } from '../domain/order-status';
import { confirmOrder } from '../use-cases/confirm-order';
import { deliverOrder } from '../use-cases/deliver-order';
import { getOrder } from '../use-cases/get-order';
import { listOrders } from '../use-cases/list-orders';
import { placeOrder } from '../use-cases/place-order';
import { shipOrder } from '../use-cases/ship-order';
import { updateOrder } from '../use-cases/update-order';
import { customerOrderRoutes } from './customer-orders-routes';
import * as s from './orders.schema';

registerTitles({
  order_not_found: { es: 'Pedido no encontrado', 'pt-BR': 'Pedido não encontrado' },
  order_status_conflict: {
    es: 'El estado del pedido no permite esta acción',
    'pt-BR': 'O status do pedido não permite esta ação',
  },
  order_not_editable: { es: 'El pedido ya no es un borrador', 'pt-BR': 'O pedido não é mais um rascunho' },
  order_lines_unavailable: { es: 'Hay líneas que no se pueden vender', 'pt-BR': 'Há itens que não podem ser vendidos' },
  order_mixed_currency: { es: 'Monedas distintas en el pedido', 'pt-BR': 'Moedas diferentes no pedido' },
  order_customer_unknown: { es: 'Cliente desconocido', 'pt-BR': 'Cliente desconhecido' },
  order_stock_unavailable: { es: 'No hay stock suficiente', 'pt-BR': 'Não há estoque suficiente' },
});

const tags = ['orders'];
const summaries: Record<Exclude<StaffAction, 'cancel'>, string> = {
  confirm:
    'Confirm a draft order: it becomes pending and the checkout saga holds its stock (all or nothing) and asks for its payment; 422 order_stock_unavailable names each line short now (sku, requested, available)',
  ship: 'Mark an order shipped (commits its stock)',
  deliver: 'Mark an order delivered',
};

/** /orders: create, list, detail, edit drafts, and the status transitions. Handlers parse, call one use-case. */
export const orderRoutes: FastifyPluginAsyncZod = async (app) => {
  const cfg = app.config;
  const maxLines = cfg.ORDER_MAX_LINES;

  app.post(
    '/orders',
    {
      config: { permission: 'orders:write', versioned: { ifMatch: false } },
      schema: { summary: 'Create an order (draft)', tags, body: s.createBody, response: { 201: s.orderDetailSchema } },
    },
    async (req, reply) => {
      const b = req.body;
      const lines = b.lines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity }));
      const input = { lines, customerId: b.customer_id, delivery: b.delivery, notes: b.notes, maxLines };
      reply.code(201);
      return placeOrder({ ctx: req.ctx, input: { ...input, shippingFee: b.shipping_fee } });
    },
  );

  app.get(
    '/orders',
    {
      config: { permission: 'orders:read' },
      schema: {
        summary: 'List orders (filter by status, customer, creation range)',
        tags,
        querystring: s.listQuery,
        response: { 200: s.orderPage },
      },
    },
    async (req) => {
      const q = req.query;
      return listOrders({
        ctx: req.ctx,
        input: {
          status: q.status,
          customerId: q.customer_id,
          createdFrom: q.created_from ? new Date(q.created_from) : undefined,
          createdTo: q.created_to ? new Date(q.created_to) : undefined,
          limit: Math.min(q.limit, cfg.ORDER_PAGE_MAX),
          cursor: q.cursor,
        },
      });
    },
  );

  app.get(
    '/orders/:id',
    {
      config: { permission: 'orders:read', versioned: true },
      schema: {
        summary: 'An order with its status history',
        tags,
        params: s.idParams,
        response: { 200: s.orderDetailSchema },
      },
    },
    async (req) => getOrder({ ctx: req.ctx, input: { orderId: req.params.id } }),
  );

  app.patch(
    '/orders/:id',
    {
      config: { permission: 'orders:write', versioned: true },
      schema: {
        summary: 'Edit a draft order',
        tags,
        params: s.idParams,
        body: s.updateBody,
        response: { 200: s.orderDetailSchema },
      },
    },
    async (req) => {
      const b = req.body;
      return updateOrder({
        ctx: req.ctx,
        input: {
          orderId: req.params.id,
          lines: b.lines?.map((l) => ({ variantId: l.variant_id, quantity: l.quantity })),
          customerId: b.customer_id,
          delivery: b.delivery,
          notes: b.notes,
          shippingFee: b.shipping_fee,
          reason: b.reason,
          expectedVersion: ifMatchVersion(req, b.expected_version),
          maxLines,
        },
      });
    },
  );

  const run = { ship: shipOrder, deliver: deliverOrder };
  // POST /orders/:id/cancel is checkout's (it must see the order's payments: @nexova/checkout).
  for (const action of STAFF_ACTIONS.filter((a): a is Exclude<StaffAction, 'cancel'> => a !== 'cancel')) {
    app.post(
      `/orders/:id/${action}`,
      {
        config: { permission: 'orders:transition', versioned: { ifMatch: true } },
        schema: {
          summary: summaries[action],
          tags,
          params: s.idParams,
          body: (action === 'confirm' ? s.confirmBody : s.transitionBody).nullish(),
          // Confirming answers 202: the checkout saga runs after the commit (GET /orders/:id/checkout).
          response: action === 'confirm' ? { 202: s.orderDetailSchema } : { 200: s.orderDetailSchema },
        },
      },
      async (req, reply) => {
        const body = req.body as s.ConfirmBody | null | undefined;
        const input = {
          orderId: req.params.id,
          reason: body?.reason,
          expectedVersion: ifMatchVersion(req, body?.expected_version),
        };
        if (action !== 'confirm') return run[action]({ ctx: req.ctx, input });
        reply.code(202);
        const deadline = Date.now() + cfg.CHECKOUT_PAYMENT_TIMEOUT_SECONDS * 1000;
        const checkout = {
          paymentProvider: body?.payment_provider ?? null,
          paymentDeadline: new Date(deadline),
          holdUntil: new Date(deadline + cfg.CHECKOUT_HOLD_GRACE_SECONDS * 1000),
        };
        return confirmOrder({ ctx: req.ctx, input: { ...input, checkout } });
      },
    );
  }
  await app.register(customerOrderRoutes);
};
