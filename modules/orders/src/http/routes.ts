import { ifMatchVersion, registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { StaffAction } from '../domain/order-status';
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

const transitions: Record<
  Exclude<StaffAction, 'cancel' | 'submit'>,
  { summary: string; operationId: string; description?: string }
> = {
  ship: { summary: 'Mark a confirmed (paid) order shipped (commits its stock)', operationId: 'shipOrder' },
  deliver: { summary: 'Mark an order delivered', operationId: 'deliverOrder' },
};

/** /orders: create, list, detail, edit drafts, and the status transitions. Handlers parse, call one use-case. */
export const orderRoutes: FastifyPluginAsyncZod = async (app) => {
  const cfg = app.config;
  const maxLines = cfg.ORDER_MAX_LINES;
  const orderUrl = (id: string) => `${app.prefix}/orders/${id}`;

  app.post(
    '/orders',
    {
      config: { permission: 'orders:write', versioned: { ifMatch: false } },
      schema: {
        summary: 'Create an order (draft)',
        description: 'The order gets the next human number of its workspace (`number`, #1042). 201 with Location.',
        operationId: 'createOrder',
        tags,
        body: s.createBody,
        response: { 201: s.orderDetailSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const lines = b.lines.map((l) => ({ variantId: l.variant_id, quantity: l.quantity }));
      const input = { lines, customerId: b.customer_id, delivery: b.delivery, notes: b.notes, maxLines };
      const order = await placeOrder({ ctx: req.ctx, input: { ...input, shippingFee: b.shipping_fee } });
      reply.code(201).header('location', orderUrl(order.id));
      return order;
    },
  );

  app.get(
    '/orders',
    {
      config: { permission: 'orders:read' },
      schema: {
        summary: 'List orders (filter by status, customer, number, creation range)',
        description: `Newest first. Statuses: draft (editable), pending (submitted: POST /orders/{order_id}/submit, awaiting stock and payment), confirmed (paid), shipped, delivered, canceled.`,
        operationId: 'listOrders',
        tags,
        querystring: s.listQuery(cfg),
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
          number: q.number,
          createdFrom: q.created_from ? new Date(q.created_from) : undefined,
          createdTo: q.created_to ? new Date(q.created_to) : undefined,
          limit: q.limit,
          cursor: q.cursor,
        },
      });
    },
  );

  app.get(
    '/orders/:order_id',
    {
      config: { permission: 'orders:read', versioned: true },
      schema: {
        summary: 'An order with its status history',
        operationId: 'getOrder',
        tags,
        params: s.orderParams,
        response: { 200: s.orderDetailSchema },
      },
    },
    async (req) => getOrder({ ctx: req.ctx, input: { orderId: req.params.order_id } }),
  );

  app.patch(
    '/orders/:order_id',
    {
      config: { permission: 'orders:write', versioned: true },
      schema: {
        summary: 'Edit a draft order',
        operationId: 'updateOrder',
        tags,
        params: s.orderParams,
        body: s.updateBody,
        response: { 200: s.orderDetailSchema },
      },
    },
    async (req) => {
      const b = req.body;
      return updateOrder({
        ctx: req.ctx,
        input: {
          orderId: req.params.order_id,
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
  // POST /orders/{order_id}/submit and /cancel are checkout's: submitting starts the checkout saga in
  // the same commit, canceling must see the order's payments (@nexova/checkout sits above orders).
  for (const action of ['ship', 'deliver'] as const) {
    app.post(
      `/orders/:order_id/${action}`,
      {
        config: { permission: 'orders:transition', versioned: { ifMatch: true } },
        schema: {
          ...transitions[action],
          tags,
          params: s.orderParams,
          body: s.optionalTransitionBody,
          response: { 200: s.orderDetailSchema },
        },
      },
      async (req) => {
        const body = req.body;
        return run[action]({
          ctx: req.ctx,
          input: {
            orderId: req.params.order_id,
            reason: body?.reason,
            expectedVersion: ifMatchVersion(req, body?.expected_version),
          },
        });
      },
    );
  }
  await app.register(customerOrderRoutes);
};
