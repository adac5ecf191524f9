import { pageQuery, pageSchema } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deliveryDetailSchema, deliverySchema } from '../contracts/delivery';
import { getDelivery } from '../use-cases/get-delivery';
import { listEndpointDeliveries } from '../use-cases/list-endpoint-deliveries';
import { redeliverDelivery } from '../use-cases/redeliver-delivery';
import { deliveryParams, statusFilter } from './deliveries.schema';
import * as s from './endpoints.schema';

const tags = ['webhooks'];
const deliveryUrl = (id: string) => `/api/v1/webhook-deliveries/${id}`;

/** The delivery log: an endpoint's deliveries, one delivery with its attempts, manual redelivery. */
export const deliveryRoutes: FastifyPluginAsyncZod = async (app) => {
  const page = pageQuery(app.config);

  app.get(
    '/webhook-endpoints/:endpoint_id/deliveries',
    {
      config: { permission: 'webhooks:read' },
      schema: {
        operationId: 'listWebhookEndpointDeliveries',
        summary: "An endpoint's delivery log, newest first",
        tags,
        params: s.endpointParams,
        querystring: page.extend(statusFilter.shape),
        response: {
          200: pageSchema(deliverySchema).meta({
            example: { items: [deliverySchema.meta()?.example], next_cursor: null },
          }),
        },
      },
    },
    async (req) =>
      listEndpointDeliveries({
        ctx: req.ctx,
        input: {
          endpointId: req.params.endpoint_id,
          status: req.query.status,
          limit: req.query.limit,
          cursor: req.query.cursor,
        },
      }),
  );

  app.get(
    '/webhook-deliveries/:delivery_id',
    {
      config: { permission: 'webhooks:read' },
      schema: {
        operationId: 'getWebhookDelivery',
        summary: 'A delivery with its body and every attempt',
        tags,
        params: deliveryParams,
        response: { 200: deliveryDetailSchema },
      },
    },
    async (req) => getDelivery({ ctx: req.ctx, input: { deliveryId: req.params.delivery_id } }),
  );

  app.post(
    '/webhook-deliveries/:delivery_id/redeliver',
    {
      config: { permission: 'webhooks:manage' },
      schema: {
        operationId: 'redeliverWebhookDelivery',
        summary: 'Send a delivery again (same webhook-id and body)',
        description:
          'Answers 202 with the delivery back in `pending`; the workers send it within WEBHOOKS_SEND_INTERVAL_MS and, if it fails, retry it for a new WEBHOOKS_RETRY_WINDOW_HOURS. 409 webhook_endpoint_disabled while its endpoint is disabled.',
        tags,
        params: deliveryParams,
        response: { 202: deliverySchema },
      },
    },
    async (req, reply) => {
      const delivery = await redeliverDelivery({ ctx: req.ctx, input: { deliveryId: req.params.delivery_id } });
      reply.code(202).header('location', deliveryUrl(delivery.id));
      return delivery;
    },
  );
};
