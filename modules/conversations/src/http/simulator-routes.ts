import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { conversationSettings } from '../settings';
import { sendSimulatedMessage } from '../use-cases/send-simulated-message';
import * as s from './simulator.schema';

/** The simulator's inbound: what a customer writes on a simulator channel (the /simulator page, `nexova chat`). */
export const simulatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = conversationSettings(app.config);

  app.post(
    '/channels/:channel_id/simulator/messages',
    {
      // No Idempotency-Key: client_message_id deduplicates, as a provider's message id does.
      // The body may carry a base64 file: room for CONVERSATIONS_MEDIA_MAX_BYTES of it.
      config: {
        permission: 'channels:manage',
        idempotent: false,
        bodyLimit: Math.ceil((app.config.CONVERSATIONS_MEDIA_MAX_BYTES * 4) / 3) + 65_536,
      },
      schema: {
        operationId: 'sendSimulatedMessage',
        summary: 'Write to a simulator channel as a customer would (enters like a provider webhook)',
        description:
          'The message is stored in the webhook inbox and answered 202 at once; the inbound consumer resolves the customer in the people directory and writes the conversation and message, as for Meta and Infobip. Replies sent to the conversation are delivered at once (the simulator delivers to itself). 409 channel_not_simulator for a provider channel, channel_disabled for a disabled one.',
        tags: ['channels', 'simulator'],
        params: s.simulatorParams,
        body: s.simulatedMessageBody,
        response: { 202: s.simulatedMessageReceipt },
      },
    },
    async (req, reply) => {
      const { phone, name, text, media, client_message_id } = req.body;
      const receipt = await sendSimulatedMessage({
        ctx: req.ctx,
        input: {
          channelId: req.params.channel_id,
          phone,
          name: name ?? null,
          text: text ?? null,
          media: media ? { data: media.data, contentType: media.content_type, filename: media.filename ?? null } : null,
          ...(client_message_id ? { clientMessageId: client_message_id } : {}),
        },
        maxChars: settings.maxChars,
      });
      reply.code(202);
      return receipt;
    },
  );
};
