import type { FormObject, FormValue } from './form';
import {
  type FakePaymentIntent,
  type FakeRefund,
  invalid,
  missing,
  newPaymentIntent,
  newRefund,
  StripeApiError,
  stripeId,
} from './objects';

// The part of Stripe's REST API Nexova uses, over in-memory state: create, retrieve and cancel
// PaymentIntents, and refund them.

export type FakeState = { intents: Map<string, FakePaymentIntent>; refunds: Map<string, FakeRefund> };
export type Route = { status: number; body: object; created?: 'intent' | 'refund' | 'cancel' };

const CANCELABLE = new Set([
  'requires_payment_method',
  'requires_capture',
  'requires_confirmation',
  'requires_action',
  'processing',
]);
const str = (v: FormValue | undefined) => (typeof v === 'string' ? v : undefined);
const record = (v: FormValue | undefined): Record<string, string> =>
  v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

function integer(params: FormObject, name: string, required: boolean): number | undefined {
  const raw = str(params[name]);
  if (raw === undefined) {
    if (required) throw invalid(`Missing required param: ${name}.`, { code: 'parameter_missing', param: name });
    return undefined;
  }
  if (!/^\d+$/.test(raw)) throw invalid(`Invalid integer: ${raw}`, { code: 'parameter_invalid_integer', param: name });
  return Number(raw);
}

function createIntent(state: FakeState, params: FormObject): Route {
  const amount = integer(params, 'amount', true) as number;
  if (amount < 1)
    throw invalid('This value must be greater than or equal to 1.', {
      code: 'parameter_invalid_integer',
      param: 'amount',
    });
  if (amount > 99_999_999)
    throw invalid('Amount must be no more than 999,999.99', { code: 'amount_too_large', param: 'amount' });
  const currency = str(params.currency);
  if (!currency) throw invalid('Missing required param: currency.', { code: 'parameter_missing', param: 'currency' });
  if (!/^[a-z]{3}$/.test(currency)) throw invalid(`Invalid currency: ${currency}.`, { param: 'currency' });
  const automatic = params.automatic_payment_methods as FormObject | undefined;
  const pi = newPaymentIntent({
    amount,
    currency,
    metadata: record(params.metadata),
    description: str(params.description) ?? null,
    automatic: str(automatic?.enabled) === 'true',
  });
  state.intents.set(pi.id, pi);
  return { status: 200, body: pi, created: 'intent' };
}

function mustIntent(state: FakeState, id: string): FakePaymentIntent {
  const pi = state.intents.get(id);
  if (!pi) throw missing('payment_intent', id);
  return pi;
}

function cancelIntent(state: FakeState, id: string, params: FormObject): Route {
  const pi = mustIntent(state, id);
  if (!CANCELABLE.has(pi.status))
    throw invalid(
      `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${[...CANCELABLE].join(', ')}.`,
      { code: 'payment_intent_unexpected_state', payment_intent: structuredClone(pi) },
    );
  pi.status = 'canceled';
  pi.cancellation_reason = str(params.cancellation_reason) ?? null;
  return { status: 200, body: pi, created: 'cancel' };
}

function refund(state: FakeState, params: FormObject): Route {
  const id = str(params.payment_intent);
  if (!id)
    throw invalid('Missing required param: payment_intent.', { code: 'parameter_missing', param: 'payment_intent' });
  const pi = mustIntent(state, id);
  if (pi.status !== 'succeeded')
    throw invalid(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, {
      code: 'charge_not_refundable',
    });
  const refunded = [...state.refunds.values()].filter((r) => r.payment_intent === id).reduce((s, r) => s + r.amount, 0);
  const left = pi.amount_received - refunded;
  if (left <= 0)
    throw invalid(`Charge ${pi.latest_charge} has already been refunded.`, { code: 'charge_already_refunded' });
  const amount = integer(params, 'amount', false) ?? left;
  if (amount > left)
    throw invalid(`Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`, {
      param: 'amount',
    });
  const created = newRefund(pi, amount, str(params.reason) ?? null, record(params.metadata));
  state.refunds.set(created.id, created);
  return { status: 200, body: created, created: 'refund' };
}

/** Dispatches one API request; throws StripeApiError for Stripe's 4xx answers. */
export function route(state: FakeState, method: string, path: string, params: FormObject): Route {
  if (method === 'POST' && path === '/v1/payment_intents') return createIntent(state, params);
  let m = path.match(/^\/v1\/payment_intents\/([^/]+)$/);
  if (m && method === 'GET') return { status: 200, body: mustIntent(state, decodeURIComponent(m[1] as string)) };
  m = path.match(/^\/v1\/payment_intents\/([^/]+)\/cancel$/);
  if (m && method === 'POST') return cancelIntent(state, decodeURIComponent(m[1] as string), params);
  if (method === 'POST' && path === '/v1/refunds') return refund(state, params);
  throw new StripeApiError(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}

/** A succeeded PaymentIntent, as if the customer's card went through. */
export function markSucceeded(pi: FakePaymentIntent): void {
  pi.status = 'succeeded';
  pi.amount_received = pi.amount;
  pi.latest_charge = stripeId('ch');
  pi.last_payment_error = null;
}
