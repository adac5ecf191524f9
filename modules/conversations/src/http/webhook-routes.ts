import { BadRequestError } from '@nexova/kernel';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { conversationSettings } from '../settings';
import { receiveWebhook } from '../use-cases/receive-webhook';
import { verifyMetaSubscription } from '../use-cases/verify-meta-subscription';
import * as s from './webhooks.schema';

declare module 'fastify' {
  interface FastifyRequest {
    /** The JSON body's bytes as received (only on routes that keep them: provider webhooks). */
    rawBody: Buffer | null;
  }
}

const tags = ['channels', 'webhooks'];

/**
 * The providers' webhooks — public (each provider proves itself instead), no Idempotency-Key (the
 * body and the provider's message ids deduplicate), rate-limited in the `webhooks` class.
 * Encapsulated: its JSON parser keeps the raw bytes Meta's signature covers.
 */
export const providerWebhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const settings = conversationSettings(app.config);
  if (!app.hasRequestDecorator('rawBody')) app.decorateRequest('rawBody', null);
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    const raw = body as Buffer;
    req.rawBody = raw;
    try {
      done(null, JSON.parse(raw.toString('utf8')));
    } catch {
      done(new BadRequestError('The request body is not valid JSON.', { code: 'invalid_json' }), undefined);
    }
  });

  app.post(
    '/webhooks/:provider/:channel_id',
    {
      config: { auth: 'public', idempotent: false, rateLimit: { class: 'webhooks' } },
      schema: {
        operationId: 'receiveChannelWebhook',
        summary: "A provider's webhook: inbound messages and delivery/read receipts",
        description:
          'Called by Meta or Infobip, not by clients. Meta: X-Hub-Signature-256 is checked on the raw body with the channel app secret. Infobip: the Authorization header must carry the Basic credentials of its webhook security settings. A bad one answers 401. The raw body is stored and answered 200 at once; a consumer normalises it (text, image, document, audio, location, interactive replies, reactions; receipts move message status). The same body again answers `duplicate`; a message id seen before is stored once.',
        tags,
        params: s.webhookParams,
        headers: s.webhookHeaders,
        body: s.webhookBody,
        response: { 200: s.webhookResult },
      },
    },
    async (req) => {
      const { provider, channel_id } = req.params;
      const outcome = await receiveWebhook({
        ctx: req.ctx,
        input: {
          provider,
          channelId: channel_id,
          rawBody: req.rawBody ?? Buffer.alloc(0),
          body: req.body,
          signature: provider === 'meta' ? req.headers['x-hub-signature-256'] : req.headers.authorization,
        },
        sealKey: settings.sealKey,
      });
      return { received: true as const, outcome };
    },
  );

  app.get(
    '/webhooks/meta/:channel_id',
    {
      config: { auth: 'public', rateLimit: { class: 'webhooks' } },
      schema: {
        operationId: 'verifyMetaWebhook',
        summary: "Meta's subscription check (hub.challenge)",
        description:
          'Meta calls it when the webhook URL is set: answers hub.challenge as text/plain when hub.mode is subscribe and hub.verify_token is the channel verify token; 403 otherwise.',
        tags,
        params: s.metaParams,
        querystring: s.verifyQuery,
        response: { 200: s.challengeAnswer },
      },
    },
    async (req, reply) => {
      const challenge = await verifyMetaSubscription({
        ctx: req.ctx,
        input: { channelId: req.params.channel_id, query: req.query },
        sealKey: settings.sealKey,
      });
      reply.type('text/plain');
      return challenge;
    },
  );
};
