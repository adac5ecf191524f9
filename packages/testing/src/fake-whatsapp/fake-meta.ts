import { createHmac } from 'node:crypto';
import type { Delivery, WebhookTarget } from '../fake-stripe/server';
import { type FakeHttp, postWebhook, randomId, startFakeHttp } from './http';

// A local stand-in for Meta's WhatsApp Cloud API: the Graph API's send endpoint
// (POST /{phone_number_id}/messages, bearer token) and the webhooks Meta POSTs (signed with
// X-Hub-Signature-256 = sha256=HMAC of the raw body with the app secret), in their real shapes.

export type FakeMeta = FakeHttp & {
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  /** META_GRAPH_URL pointing at this fake. */
  env: { META_GRAPH_URL: string };
  /** The texts sent to the fake, in order: to, body, its wamid and when it arrived (ms since the epoch). */
  sentTexts(): { to: string; body: string; id: string; at: number }[];
  /** A webhook body with one inbound message of `type` (text by default) from `from` (a wa_id). */
  inbound(m: {
    from: string;
    name?: string;
    id?: string;
    type?: string;
    payload?: Record<string, unknown>;
  }): MetaWebhook;
  /** A webhook body with receipts of messages we sent. */
  statuses(items: { id: string; status: 'sent' | 'delivered' | 'read' | 'failed'; recipient: string }[]): MetaWebhook;
  /** POSTs a body to the app, signed with the app secret (or `signature`). */
  deliver(body: MetaWebhook | string, target: WebhookTarget, path: string, signature?: string): Promise<Delivery>;
};
export type MetaWebhook = { object: 'whatsapp_business_account'; entry: unknown[] };

const metaError = (status: number) => ({
  error: {
    message:
      status === 429 ? '(#80007) Rate limit hit' : 'An unexpected error has occurred. Please retry your request later.',
    type: 'OAuthException',
    code: status === 429 ? 80007 : 2,
    fbtrace_id: `A${randomId(8)}`,
  },
});

export async function createFakeMeta(): Promise<FakeMeta> {
  const phoneNumberId = String(100000000000000 + Math.floor(Math.random() * 1e12));
  const accessToken = `EAAG${randomId(16)}`;
  const appSecret = randomId(16).toLowerCase();
  const verifyToken = `verify-${randomId(6)}`;
  const sent: { to: string; body: string; id: string; at: number }[] = [];
  const http = await startFakeHttp(({ path, authorization, body }) => {
    if (path !== `/${phoneNumberId}/messages`)
      return {
        status: 400,
        json: { error: { message: 'Unsupported post request.', type: 'GraphMethodException', code: 100 } },
      };
    if (authorization !== `Bearer ${accessToken}`)
      return {
        status: 401,
        json: { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } },
      };
    const to = String(body.to ?? '');
    const text = (body.text ?? {}) as { body?: string };
    if (body.messaging_product !== 'whatsapp' || body.type !== 'text' || !to || !text.body)
      return {
        status: 400,
        json: { error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100 } },
      };
    const id = `wamid.${Buffer.from(randomId(18)).toString('base64url')}`;
    sent.push({ to, body: text.body, id, at: Date.now() });
    return {
      status: 200,
      json: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id }] },
    };
  }, metaError);
  const value = (extra: Record<string, unknown>) => ({
    object: 'whatsapp_business_account' as const,
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId },
              ...extra,
            },
          },
        ],
      },
    ],
  });
  const now = () => String(Math.floor(Date.now() / 1000));
  return {
    ...http,
    phoneNumberId,
    accessToken,
    appSecret,
    verifyToken,
    env: { META_GRAPH_URL: http.url },
    sentTexts: () => [...sent],
    inbound: (m) => {
      const type = m.type ?? 'text';
      return value({
        contacts: [{ profile: { name: m.name ?? 'Cliente' }, wa_id: m.from }],
        messages: [
          {
            from: m.from,
            id: m.id ?? `wamid.${Buffer.from(randomId(18)).toString('base64url')}`,
            timestamp: now(),
            type,
            [type]: m.payload ?? { body: 'Olá' },
          },
        ],
      });
    },
    statuses: (items) =>
      value({
        statuses: items.map((s) => ({
          id: s.id,
          status: s.status,
          timestamp: now(),
          recipient_id: s.recipient,
          ...(s.status === 'failed'
            ? { errors: [{ code: 131047, title: 'Re-engagement message', message: 'Re-engagement message' }] }
            : {}),
        })),
      }),
    deliver: (body, target, path, signature) => {
      const payload = typeof body === 'string' ? body : JSON.stringify(body);
      const sig = signature ?? `sha256=${createHmac('sha256', appSecret).update(payload).digest('hex')}`;
      return postWebhook(target, path, payload, { 'x-hub-signature-256': sig });
    },
  };
}
