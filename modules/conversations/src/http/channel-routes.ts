import { ifMatchVersion, pageQuery, pageSchema } from '@nexova/http';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { channelSchema } from '../contracts/channel';
import { conversationSettings } from '../settings';
import { createChannel } from '../use-cases/create-channel';
import { getChannel } from '../use-cases/get-channel';
import { listChannels } from '../use-cases/list-channels';
import { updateChannel } from '../use-cases/update-channel';
import * as s from './channels.schema';

const tags = ['channels'];

/** /channels. Handlers parse, call one use-case, reply. */
export const channelRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = conversationSettings(app.config);
  const page = pageQuery(app.config);

  app.post(
    '/channels',
    {
      config: { permission: 'channels:manage', versioned: { ifMatch: false } },
      schema: {
        operationId: 'createChannel',
        summary: 'Add a WhatsApp channel (its credentials are sealed and never answered)',
        tags,
        body: s.createBody,
        response: { 201: channelSchema },
      },
    },
    async (req, reply) => {
      const created = await createChannel({ ctx: req.ctx, input: req.body, settings });
      reply.code(201).header('location', `/api/v1/channels/${created.id}`);
      return created;
    },
  );

  app.get(
    '/channels',
    {
      config: { permission: 'channels:manage' },
      schema: {
        operationId: 'listChannels',
        summary: "The workspace's channels",
        tags,
        querystring: page,
        response: {
          200: pageSchema(channelSchema).meta({
            example: { items: [channelSchema.meta()?.example], next_cursor: null },
          }),
        },
      },
    },
    async (req) => listChannels({ ctx: req.ctx, input: req.query, sealKey: settings.sealKey }),
  );

  app.get(
    '/channels/:channel_id',
    {
      config: { permission: 'channels:manage', versioned: true },
      schema: {
        operationId: 'getChannel',
        summary: 'A channel (without its credentials)',
        tags,
        params: s.channelParams,
        response: { 200: channelSchema },
      },
    },
    async (req) => getChannel({ ctx: req.ctx, input: { channelId: req.params.channel_id }, sealKey: settings.sealKey }),
  );

  app.patch(
    '/channels/:channel_id',
    {
      config: { permission: 'channels:manage', versioned: true },
      schema: {
        operationId: 'updateChannel',
        summary: 'Rename, disable or enable a channel; replace settings or rotate credentials',
        tags,
        params: s.channelParams,
        body: s.updateBody,
        response: { 200: channelSchema },
      },
    },
    async (req) =>
      updateChannel({
        ctx: req.ctx,
        input: { channelId: req.params.channel_id, ...req.body, expectedVersion: ifMatchVersion(req) },
        settings,
      }),
  );
};
