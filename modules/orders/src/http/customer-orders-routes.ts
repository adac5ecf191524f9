import { getCustomer } from '@nexova/customers';
import { pageQuery, pageSchema } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orderSchema } from '../contracts/order';
import { listOrders } from '../use-cases/list-orders';

// A customer's order history. It lives here because orders owns orders and already depends on
// customers (customers importing orders would be a module cycle).

const customerParams = z
  .object({ customer_id: z.string().uuid().meta({ example: '0190f1c2-7d3a-7b41-9e4c-dddddddddddd' }) })
  .meta({ example: { customer_id: '0190f1c2-7d3a-7b41-9e4c-dddddddddddd' } });
const customerOrderPage = pageSchema(orderSchema).meta({
  example: { items: [orderSchema.meta()?.example], next_cursor: null },
});

/** GET /customers/{customer_id}/orders: the customer's orders, newest first (404 for an unknown customer). */
export const customerOrderRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/customers/:customer_id/orders',
    {
      config: { permission: 'orders:read' },
      schema: {
        operationId: 'listCustomerOrders',
        summary: "A customer's order history, newest first",
        tags: ['customers'],
        params: customerParams,
        querystring: pageQuery(app.config).meta({ example: { limit: 20 } }),
        response: { 200: customerOrderPage },
      },
    },
    async (req) => {
      const customer = await getCustomer({ ctx: req.ctx, input: { customerId: req.params.customer_id } });
      return listOrders({
        ctx: req.ctx,
        input: { customerId: customer.id, limit: req.query.limit, cursor: req.query.cursor },
      });
    },
  );
};
