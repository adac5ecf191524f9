import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { type FakeState, markSucceeded, route } from './api';
import { type FormObject, parseForm } from './form';
import {
  API_VERSION,
  type FakePaymentIntent,
  type FakeRefund,
  newEvent,
  StripeApiError,
  type StripeEvent,
  stripeId,
} from './objects';

/** One API request the fake received (after auth), for assertions. */
export type RecordedRequest = { method: string; path: string; idempotencyKey: string | null; params: FormObject };

/** A create request held by `holdNextCreate`: processed on arrival, its answer sent on release. */
export type CreateHold = { arrived: Promise<RecordedRequest>; release(): void };

/** Where a signed webhook goes: a URL (POSTed with fetch) or an app's `inject`. */
export type WebhookTarget =
  | string
  | {
      inject(opts: {
        method: 'POST';
        url: string;
        headers: Record<string, string>;
        payload: string;
      }): PromiseLike<{ statusCode: number; body: string; headers: Record<string, unknown> }>;
    };
export type DeliverOptions = { path?: string; timestamp?: number; secret?: string; signature?: string };
export type Delivery = {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  json<T = Record<string, unknown>>(): T;
};
const flat = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));

export type FakeStripe = {
  url: string;
  secretKey: string;
  webhookSecret: string;
  /** STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_API_URL pointing at this fake. */
  env: Record<'STRIPE_SECRET_KEY' | 'STRIPE_WEBHOOK_SECRET' | 'STRIPE_API_URL', string>;
  counts: { requests: number; createRequests: number; intentsCreated: number; cancels: number; refunds: number };
  requests: RecordedRequest[];
  intent(id: string): FakePaymentIntent | undefined;
  intents(): FakePaymentIntent[];
  refundsOf(paymentIntentId: string): FakeRefund[];
  /** The customer paid: the intent succeeds; returns Stripe's `payment_intent.succeeded` event. */
  succeed(id: string): StripeEvent;
  /** The customer's payment failed (`requires_payment_method` again); returns `payment_intent.payment_failed`. */
  fail(id: string, reason?: string): StripeEvent;
  /** Canceled from Stripe's side; returns `payment_intent.canceled`. */
  cancel(id: string): StripeEvent;
  /** Any event around an object (e.g. a type Nexova ignores). */
  event(type: string, object: object): StripeEvent;
  /** The Stripe-Signature header for a payload, made by the SDK's own test helper. */
  sign(payload: string, options?: { timestamp?: number; secret?: string }): string;
  deliver(event: StripeEvent | string, target: WebhookTarget, options?: DeliverOptions): Promise<Delivery>;
  holdNextCreate(): CreateHold;
  /** Like holdNextCreate, for the next request (not a replay) `match` accepts: a cancel, a refund… */
  holdNext(match: (request: RecordedRequest) => boolean): CreateHold;
  close(): Promise<void>;
};

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

function send(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  if (res.destroyed || res.writableEnded) return; // the client went away (a killed worker)
  res.writeHead(status, {
    'content-type': 'application/json',
    'request-id': stripeId('req'),
    'stripe-version': API_VERSION,
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/**
 * A local server speaking the part of Stripe's REST API Nexova uses (127.0.0.1, random port), for
 * the real `stripe` SDK to talk to: form-encoded bodies, Bearer auth, Idempotency-Key (the same
 * key replays the stored answer; with other parameters, 400 idempotency_error) and Stripe's JSON
 * objects and errors. Test controls change intents and sign webhooks with the SDK's helper.
 */
export async function createFakeStripe(
  options: { secretKey?: string; webhookSecret?: string } = {},
): Promise<FakeStripe> {
  const secretKey = options.secretKey ?? `sk_test_fake_${stripeId('k')}`;
  const webhookSecret = options.webhookSecret ?? `whsec_fake_${stripeId('w')}`;
  const state: FakeState = { intents: new Map(), refunds: new Map() };
  const stored = new Map<string, { fingerprint: string; status: number; body: object }>();
  const counts = { requests: 0, createRequests: 0, intentsCreated: 0, cancels: 0, refunds: 0 };
  const requests: RecordedRequest[] = [];
  type Hold = {
    match: (r: RecordedRequest) => boolean;
    arrived: (r: RecordedRequest) => void;
    released: Promise<void>;
  };
  let hold: Hold | null = null;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await read(req);
    const path = (req.url ?? '/').split('?')[0] as string;
    const method = req.method ?? 'GET';
    if (req.headers.authorization !== `Bearer ${secretKey}`)
      return send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_****' } });
    const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
    const params = method === 'GET' ? parseForm((req.url ?? '').split('?')[1] ?? '') : parseForm(raw);
    const recorded = { method, path, idempotencyKey: key, params };
    counts.requests++;
    requests.push(recorded);
    const isCreate = method === 'POST' && path === '/v1/payment_intents';
    if (isCreate) counts.createRequests++;
    const fingerprint = createHash('sha256').update(`${method} ${path} ${raw}`).digest('hex');
    const scope = key ? `${method} ${path} ${key}` : null;
    const previous = scope ? stored.get(scope) : undefined;
    let answer: { status: number; body: object; replayed: boolean };
    if (previous && previous.fingerprint !== fingerprint)
      answer = {
        status: 400,
        replayed: false,
        body: {
          error: {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          },
        },
      };
    else if (previous) answer = { ...previous, replayed: true };
    else {
      try {
        const result = route(state, method, path, params);
        if (result.created === 'intent') counts.intentsCreated++;
        if (result.created === 'cancel') counts.cancels++;
        if (result.created === 'refund') counts.refunds++;
        answer = { status: result.status, body: structuredClone(result.body), replayed: false };
      } catch (error) {
        if (!(error instanceof StripeApiError)) throw error;
        answer = { status: error.status, body: { error: error.body }, replayed: false };
      }
      // Like Stripe, a request refused by validation saves no result: a retry runs again.
      if (scope && answer.status === 200) stored.set(scope, { fingerprint, status: answer.status, body: answer.body });
    }
    if (hold?.match(recorded) && !answer.replayed) {
      const current = hold;
      hold = null;
      current.arrived(recorded);
      await current.released;
    }
    send(res, answer.status, answer.body, answer.replayed ? { 'idempotent-replayed': 'true' } : {});
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) =>
      send(res, 500, { error: { type: 'api_error', message: `Fake Stripe failed: ${error.message}` } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const holdNext = (match: (r: RecordedRequest) => boolean): CreateHold => {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const arrived = new Promise<RecordedRequest>((resolve) => {
      hold = { match, arrived: resolve, released };
    });
    return { arrived, release };
  };
  const mustIntent = (id: string) => {
    const pi = state.intents.get(id);
    if (!pi) throw new Error(`The fake Stripe has no PaymentIntent ${id}.`);
    return pi;
  };
  const sign = (payload: string, o: { timestamp?: number; secret?: string } = {}) =>
    Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: o.secret ?? webhookSecret,
      ...(o.timestamp === undefined ? {} : { timestamp: o.timestamp }),
    });

  return {
    url,
    secretKey,
    webhookSecret,
    env: { STRIPE_SECRET_KEY: secretKey, STRIPE_WEBHOOK_SECRET: webhookSecret, STRIPE_API_URL: url },
    counts,
    requests,
    intent: (id) => state.intents.get(id),
    intents: () => [...state.intents.values()],
    refundsOf: (id) => [...state.refunds.values()].filter((r) => r.payment_intent === id),
    succeed(id) {
      const pi = mustIntent(id);
      markSucceeded(pi);
      return newEvent('payment_intent.succeeded', pi);
    },
    fail(id, reason = 'Your card was declined.') {
      const pi = mustIntent(id);
      pi.status = 'requires_payment_method';
      pi.last_payment_error = {
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: reason,
        type: 'card_error',
      };
      return newEvent('payment_intent.payment_failed', pi);
    },
    cancel(id) {
      const pi = mustIntent(id);
      pi.status = 'canceled';
      pi.cancellation_reason = 'requested_by_customer';
      return newEvent('payment_intent.canceled', pi);
    },
    event: (type, object) => newEvent(type, object),
    sign,
    async deliver(event, target, o = {}) {
      const payload = typeof event === 'string' ? event : JSON.stringify(event, null, 2);
      const headers = {
        'content-type': 'application/json; charset=utf-8',
        'stripe-signature': o.signature ?? sign(payload, o),
      };
      if (typeof target === 'string') {
        const res = await fetch(target, { method: 'POST', headers, body: payload });
        const body = await res.text();
        return { statusCode: res.status, headers: Object.fromEntries(res.headers), body, json: () => JSON.parse(body) };
      }
      const res = await target.inject({ method: 'POST', url: o.path ?? '/api/v1/webhooks/stripe', headers, payload });
      return {
        statusCode: res.statusCode,
        headers: flat(res.headers),
        body: res.body,
        json: () => JSON.parse(res.body),
      };
    },
    holdNextCreate: () => holdNext((r) => r.method === 'POST' && r.path === '/v1/payment_intents'),
    holdNext,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
