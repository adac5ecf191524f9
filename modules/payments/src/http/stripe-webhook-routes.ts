import { BadRequestError } from '@nexova/kernel';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { handleStripeWebhook } from '../use-cases/handle-stripe-webhook';
import type { PaymentsDeps } from './routes';
import * as s from './stripe-webhook.schema';

declare module 'fastify' {
  interface FastifyRequest {
    /** The JSON body's bytes as received (only on routes that keep them: the Stripe webhook). */
    rawBody: Buffer | null;
  }
}

/**
 * POST /webhooks/stripe — public (Stripe signs instead of authenticating), no Idempotency-Key
 * (Stripe's event id deduplicates), rate-limited in the `webhooks` class. Encapsulated: its JSON
 * parser keeps the raw bytes the signature covers.
 */
export const stripeWebhookRoutes: FastifyPluginAsyncZod<PaymentsDeps> = async (app, { payments: runtime }) => {
  app.decorateRequest('rawBody', null);
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
    '/webhooks/stripe',
    {
      config: { auth: 'public', idempotent: false, rateLimit: { class: 'webhooks' } },
      schema: {
        summary: 'Stripe webhook: PaymentIntent outcomes',
        operationId: 'receiveStripeWebhook',
        description:
          'Called by Stripe, not by clients. The Stripe-Signature header is verified on the raw body with the endpoint secret (STRIPE_WEBHOOK_SECRET) and a timestamp tolerance (STRIPE_WEBHOOK_TOLERANCE_SECONDS): a bad or stale signature answers 400 problem+json. Each Stripe event id is handled once: redeliveries answer 200 with outcome `duplicate`. Intent statuses only move forward (a failure after a success is `stale`). Other event types and unknown PaymentIntents answer 200 `ignored`. A success registers a payment of method `stripe`; one that would overpay the order or lands on a canceled order is still recorded and flagged with `review_reason`. 503 while STRIPE_WEBHOOK_SECRET is unset (Stripe retries).',
        tags: ['payments', 'webhooks'],
        headers: s.stripeHeaders,
        body: s.stripeEventBody,
        response: { 200: s.stripeWebhookResultSchema },
      },
    },
    async (req) => {
      const payload = req.rawBody ?? Buffer.alloc(0);
      const result = await handleStripeWebhook({
        ctx: req.ctx,
        input: { payload, signature: req.headers['stripe-signature'] },
        runtime,
      });
      const level = result.review_reason ? 'warn' : 'info';
      req.log[level](
        {
          stripe_event: result.event_id,
          type: result.type,
          outcome: result.outcome,
          review_reason: result.review_reason,
        },
        'stripe webhook',
      );
      return result;
    },
  );
};
