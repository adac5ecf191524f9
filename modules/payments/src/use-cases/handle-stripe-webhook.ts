import { type AppContext, withTransaction } from '@nexova/db';
import { BadRequestError, ServiceUnavailableError, systemActor } from '@nexova/kernel';
import type Stripe from 'stripe';
import { z } from 'zod';
import { type StripeWebhookResult, stripeIntentObject } from '../contracts/stripe-webhook';
import type { ProviderOutcome } from '../domain/intent-status';
import type { PaymentsRuntime } from '../providers/runtime';
import { stripeSdk } from '../providers/stripe-sdk';
import { applyStripeOutcome } from './apply-stripe-outcome';

export type HandleStripeWebhookInput = {
  /** The request body exactly as received: the signature covers these bytes. */
  payload: Buffer | string;
  signature: string | undefined;
};

const OUTCOMES = new Map<string, ProviderOutcome>([
  ['payment_intent.succeeded', 'succeeded'],
  ['payment_intent.payment_failed', 'failed'],
  ['payment_intent.canceled', 'canceled'],
]);
const workspaceId = z.string().uuid();
const eventId = /^evt_[A-Za-z0-9_]{1,250}$/;

/** The `t=` (unix seconds) of a Stripe-Signature header. */
function signedAt(header: string | undefined): number {
  const t = /(?:^|,)\s*t=(\d+)/.exec(header ?? '')?.[1];
  return t === undefined ? Number.POSITIVE_INFINITY : Number(t);
}

// Verifies a Stripe webhook delivery (signature on the raw body, timestamp tolerance both ways → 400) and
// applies it to the order's intent. The workspace named in the PaymentIntent's metadata is trusted
// only when an intent with that Stripe id exists there (RLS scopes the lookup to it). Unknown
// types and intents are ignored with 200; nothing a signed body contains can cause a 500.
export async function handleStripeWebhook({
  ctx,
  input,
  runtime,
}: {
  ctx: AppContext;
  input: HandleStripeWebhookInput;
  /** The payment providers, created once per app by the composition (createPaymentsRuntime). */
  runtime: PaymentsRuntime;
}): Promise<StripeWebhookResult> {
  if (!runtime.webhookSecret)
    throw new ServiceUnavailableError('The Stripe webhook is not configured (STRIPE_WEBHOOK_SECRET).', {
      code: 'stripe_webhook_not_configured',
    });
  let event: Stripe.Event;
  try {
    const tolerance = runtime.webhookToleranceSeconds;
    event = stripeSdk().webhooks.constructEvent(input.payload, input.signature ?? '', runtime.webhookSecret, tolerance);
  } catch {
    throw new BadRequestError('The Stripe-Signature header does not match the body, or its timestamp is too old.', {
      code: 'stripe_signature_invalid',
    });
  }
  // Stripe's SDK only refuses old timestamps; one from the future (a replay prepared in advance,
  // or a skewed clock) beyond the same tolerance is refused too.
  if (signedAt(input.signature) > Date.now() / 1000 + runtime.webhookToleranceSeconds) {
    throw new BadRequestError('The Stripe-Signature timestamp is in the future beyond the tolerance.', {
      code: 'stripe_signature_invalid',
    });
  }
  const result = {
    received: true as const,
    event_id: String(event.id ?? ''),
    type: String(event.type ?? ''),
    review_reason: null,
  };
  const outcome = OUTCOMES.get(result.type);
  const pi = stripeIntentObject.safeParse((event as { data?: { object?: unknown } }).data?.object);
  const ws = workspaceId.safeParse(pi.data?.metadata?.workspace_id);
  if (!outcome || !pi.success || !ws.success || !eventId.test(result.event_id))
    return { ...result, outcome: 'ignored' };
  const scoped = { ...ctx, tx: undefined, workspaceId: ws.data, actor: systemActor('stripe-webhook') };
  const applied = await withTransaction(scoped, (t) =>
    applyStripeOutcome(t, { id: result.event_id, type: result.type }, outcome, pi.data),
  );
  return { ...result, outcome: applied.outcome, review_reason: applied.reviewReason };
}
