import { ifMatchVersion, pageQuery, pageSchema, registerTitles } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deliverySchema } from '../contracts/delivery';
import { endpointSchema, endpointWithSecretSchema } from '../contracts/endpoint';
import { webhookSettings } from '../settings';
import { createEndpoint } from '../use-cases/create-endpoint';
import { deleteEndpoint } from '../use-cases/delete-endpoint';
import { getEndpoint } from '../use-cases/get-endpoint';
import { listEndpoints } from '../use-cases/list-endpoints';
import { pingEndpoint } from '../use-cases/ping-endpoint';
import { rotateEndpointSecret } from '../use-cases/rotate-endpoint-secret';
import { updateEndpoint } from '../use-cases/update-endpoint';
import { deliveryRoutes } from './delivery-routes';
import * as s from './endpoints.schema';

registerTitles({
  webhook_endpoint_not_found: {
    es: 'Endpoint de webhook no encontrado',
    'pt-BR': 'Endpoint de webhook não encontrado',
  },
  webhook_delivery_not_found: { es: 'Entrega de webhook no encontrada', 'pt-BR': 'Entrega de webhook não encontrada' },
  webhook_url_not_allowed: { es: 'URL de webhook no permitida', 'pt-BR': 'URL de webhook não permitida' },
  webhook_endpoint_limit_reached: {
    es: 'Límite de endpoints de webhook alcanzado',
    'pt-BR': 'Limite de endpoints de webhook atingido',
  },
  webhook_event_type_unknown: { es: 'Tipo de evento desconocido', 'pt-BR': 'Tipo de evento desconhecido' },
  webhook_endpoint_disabled: { es: 'El endpoint está desactivado', 'pt-BR': 'O endpoint está desativado' },
});

const tags = ['webhooks'];
const endpointUrl = (id: string) => `/api/v1/webhook-endpoints/${id}`;
const deliveryUrl = (id: string) => `/api/v1/webhook-deliveries/${id}`;

/** /webhook-endpoints and /webhook-deliveries. Handlers parse, call one use-case, reply. Nothing is sent here. */
export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = webhookSettings(app.config);
  const page = pageQuery(app.config);

  app.post(
    '/webhook-endpoints',
    {
      config: { permission: 'webhooks:manage', versioned: { ifMatch: false } },
      schema: {
        operationId: 'createWebhookEndpoint',
        summary: 'Create a webhook endpoint (its signing secret is in this answer only)',
        tags,
        body: s.createBody,
        response: { 201: endpointWithSecretSchema },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const created = await createEndpoint({
        ctx: req.ctx,
        input: {
          url: b.url,
          description: b.description,
          eventTypes: b.event_types,
          enabled: b.enabled,
          target: settings.target,
          maxEndpoints: settings.maxEndpoints,
          sealKey: settings.sealKey,
        },
      });
      reply.code(201).header('location', endpointUrl(created.id));
      return created;
    },
  );

  app.get(
    '/webhook-endpoints',
    {
      config: { permission: 'webhooks:read' },
      schema: {
        operationId: 'listWebhookEndpoints',
        summary: "The workspace's webhook endpoints",
        tags,
        querystring: page,
        response: {
          200: pageSchema(endpointSchema).meta({
            example: { items: [endpointSchema.meta()?.example], next_cursor: null },
          }),
        },
      },
    },
    async (req) => listEndpoints({ ctx: req.ctx, input: { limit: req.query.limit, cursor: req.query.cursor } }),
  );

  app.get(
    '/webhook-endpoints/:endpoint_id',
    {
      config: { permission: 'webhooks:read', versioned: true },
      schema: {
        operationId: 'getWebhookEndpoint',
        summary: 'A webhook endpoint (without its secret)',
        tags,
        params: s.endpointParams,
        response: { 200: endpointSchema },
      },
    },
    async (req) => getEndpoint({ ctx: req.ctx, input: { endpointId: req.params.endpoint_id } }),
  );

  app.patch(
    '/webhook-endpoints/:endpoint_id',
    {
      config: { permission: 'webhooks:manage', versioned: true },
      schema: {
        operationId: 'updateWebhookEndpoint',
        summary: 'Edit a webhook endpoint; enable or disable it',
        tags,
        params: s.endpointParams,
        body: s.updateBody,
        response: { 200: endpointSchema },
      },
    },
    async (req) => {
      const b = req.body;
      return updateEndpoint({
        ctx: req.ctx,
        input: {
          endpointId: req.params.endpoint_id,
          url: b.url,
          description: b.description,
          eventTypes: b.event_types,
          enabled: b.enabled,
          expectedVersion: ifMatchVersion(req),
          target: settings.target,
        },
      });
    },
  );

  app.delete(
    '/webhook-endpoints/:endpoint_id',
    {
      config: { permission: 'webhooks:manage', versioned: true },
      schema: {
        operationId: 'deleteWebhookEndpoint',
        summary: 'Delete a webhook endpoint and its delivery log',
        tags,
        params: s.endpointParams,
        response: { 204: s.noContent },
      },
    },
    async (req, reply) => {
      await deleteEndpoint({
        ctx: req.ctx,
        input: { endpointId: req.params.endpoint_id, expectedVersion: ifMatchVersion(req) },
      });
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/webhook-endpoints/:endpoint_id/rotate-secret',
    {
      config: { permission: 'webhooks:manage', versioned: { ifMatch: true } },
      schema: {
        operationId: 'rotateWebhookEndpointSecret',
        summary: 'Give an endpoint a new signing secret (shown in this answer only)',
        description:
          'The previous secret keeps signing for `overlap_seconds` (default and maximum WEBHOOKS_SECRET_OVERLAP_SECONDS): meanwhile every delivery carries two signatures in `webhook-signature`, so the receiver can switch secrets without rejecting any.',
        tags,
        params: s.endpointParams,
        body: s.rotateBody.nullish().meta({ example: s.rotateBody.meta()?.example }),
        response: { 200: endpointWithSecretSchema },
      },
    },
    async (req) => {
      const asked = req.body?.overlap_seconds;
      const overlapMs =
        asked === undefined ? settings.secretOverlapMs : Math.min(asked * 1000, settings.secretOverlapMs);
      return rotateEndpointSecret({
        ctx: req.ctx,
        input: {
          endpointId: req.params.endpoint_id,
          overlapMs,
          expectedVersion: ifMatchVersion(req),
          sealKey: settings.sealKey,
        },
      });
    },
  );

  app.post(
    '/webhook-endpoints/:endpoint_id/ping',
    {
      config: { permission: 'webhooks:manage' },
      schema: {
        operationId: 'pingWebhookEndpoint',
        summary: 'Send a test delivery (webhooks.endpoint.ping) to an endpoint',
        description:
          'Answers 202 with the recorded delivery; the workers send it within WEBHOOKS_SEND_INTERVAL_MS, even to a disabled endpoint. One attempt, never retried: follow `Location` to see what the endpoint answered.',
        tags,
        params: s.endpointParams,
        response: { 202: deliverySchema },
      },
    },
    async (req, reply) => {
      const delivery = await pingEndpoint({ ctx: req.ctx, input: { endpointId: req.params.endpoint_id } });
      reply.code(202).header('location', deliveryUrl(delivery.id));
      return delivery;
    },
  );

  await app.register(deliveryRoutes);
};
