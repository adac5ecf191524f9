import { randomBytes } from 'node:crypto';

// Stripe's JSON objects and error bodies, as much of them as Nexova and the SDK read.

export const API_VERSION = '2026-10-28.endive';

export const stripeId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

export type FakePaymentIntent = {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  automatic_payment_methods: { enabled: boolean } | null;
  cancellation_reason: string | null;
  capture_method: 'automatic_async';
  client_secret: string;
  confirmation_method: 'automatic';
  created: number;
  currency: string;
  description: string | null;
  last_payment_error: { code: string; decline_code: string; message: string; type: 'card_error' } | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Record<string, string>;
  payment_method: string | null;
  payment_method_types: string[];
  status: 'requires_payment_method' | 'processing' | 'succeeded' | 'canceled';
};

export type FakeRefund = {
  id: string;
  object: 'refund';
  amount: number;
  charge: string | null;
  created: number;
  currency: string;
  metadata: Record<string, string>;
  payment_intent: string;
  reason: string | null;
  status: 'succeeded';
};

export type StripeEvent = {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
};

export function newPaymentIntent(p: {
  amount: number;
  currency: string;
  metadata: Record<string, string>;
  description: string | null;
  automatic: boolean;
}): FakePaymentIntent {
  const id = stripeId('pi');
  return {
    id,
    object: 'payment_intent',
    amount: p.amount,
    amount_capturable: 0,
    amount_received: 0,
    automatic_payment_methods: p.automatic ? { enabled: true } : null,
    cancellation_reason: null,
    capture_method: 'automatic_async',
    client_secret: `${id}_secret_${randomBytes(12).toString('hex')}`,
    confirmation_method: 'automatic',
    created: now(),
    currency: p.currency,
    description: p.description,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: p.metadata,
    payment_method: null,
    payment_method_types: ['card'],
    status: 'requires_payment_method',
  };
}

export const newEvent = (type: string, object: object): StripeEvent => ({
  id: stripeId('evt'),
  object: 'event',
  api_version: API_VERSION,
  created: now(),
  data: { object: structuredClone(object) as Record<string, unknown> },
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  type,
});

export const newRefund = (
  pi: FakePaymentIntent,
  amount: number,
  reason: string | null,
  metadata: Record<string, string>,
): FakeRefund => ({
  id: stripeId('re'),
  object: 'refund',
  amount,
  charge: pi.latest_charge,
  created: now(),
  currency: pi.currency,
  metadata,
  payment_intent: pi.id,
  reason,
  status: 'succeeded',
});

/** Stripe's error body: `{ error: { type, code, message, param } }` with the HTTP status to send. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { type: string; code?: string; message: string; param?: string; [extra: string]: unknown },
  ) {
    super(body.message);
  }
}

export const invalid = (message: string, extra: { code?: string; param?: string; [k: string]: unknown } = {}) =>
  new StripeApiError(400, { type: 'invalid_request_error', message, ...extra });
export const missing = (kind: string, id: string) =>
  new StripeApiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param: 'id',
    message: `No such ${kind}: '${id}'`,
  });
