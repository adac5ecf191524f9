import { createHash, createHmac } from 'node:crypto';
import type { Delivery, WebhookTarget } from '../fake-stripe/server';
import { type FakeHttp, postWebhook, randomId, startFakeHttp } from './http';

// A local stand-in for Meta's WhatsApp Cloud API: the Graph API's send endpoint
// (POST /{phone_number_id}/messages, bearer token: text, template, interactive list, image,
// document, with Meta's limits), its media endpoints (GET /{media-id} → { url, mime_type, sha256,
// file_size, id }, then GET that url with the bearer token → the bytes) and the webhooks Meta POSTs
// (signed with X-Hub-Signature-256 = sha256=HMAC of the raw body with the app secret), in their real shapes.

export type FakeMeta = FakeHttp & {
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  /** META_GRAPH_URL pointing at this fake. */
  env: { META_GRAPH_URL: string };
  /** The texts sent to the fake, in order: to, body, its wamid and when it arrived (ms since the epoch). */
  sentTexts(): { to: string; body: string; id: string; at: number }[];
  /** Every message body accepted (any type), in order, with its wamid. */
  sentMessages(): { id: string; body: Record<string, unknown> }[];
  /** Media a customer sent, served at GET /{media-id} and its download URL; returns the media id. */
  addMedia(data: Buffer, mimeType: string): string;
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
  const messages: { id: string; body: Record<string, unknown> }[] = [];
  const media = new Map<string, { data: Buffer; mimeType: string }>();
  const invalid = (message = '(#100) Invalid parameter') => ({
    status: 400,
    json: { error: { message, type: 'OAuthException', code: 100 } },
  });
  const http = await startFakeHttp(({ method, path, query, authorization, body }) => {
    if (authorization !== `Bearer ${accessToken}`)
      return {
        status: 401,
        json: { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } },
      };
    if (method === 'GET') return serveMedia(path, query);
    if (path !== `/${phoneNumberId}/messages`)
      return {
        status: 400,
        json: { error: { message: 'Unsupported post request.', type: 'GraphMethodException', code: 100 } },
      };
    const to = String(body.to ?? '');
    if (body.messaging_product !== 'whatsapp' || !to) return invalid();
    const problem = checkMessage(body);
    if (problem) return invalid(problem);
    const id = `wamid.${Buffer.from(randomId(18)).toString('base64url')}`;
    messages.push({ id, body });
    if (body.type === 'text') sent.push({ to, body: String((body.text as { body: string }).body), id, at: Date.now() });
    return {
      status: 200,
      json: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id }] },
    };
  }, metaError);
  // GET /{media-id} → the media's URL and facts; GET /media-download?mid= → its bytes (Meta's lookaside URL).
  function serveMedia(path: string, query: string) {
    if (path === '/media-download') {
      const m = media.get(new URLSearchParams(query).get('mid') ?? '');
      return m ? { status: 200, json: null, raw: m.data, contentType: m.mimeType } : { status: 404, json: {} };
    }
    const id = decodeURIComponent(path.slice(1));
    const m = media.get(id);
    if (!m) return invalid(`(#100) Param ${id} is not a valid media id`);
    return {
      status: 200,
      json: {
        messaging_product: 'whatsapp',
        url: `${http.url}/media-download?mid=${id}&ext=${Date.now()}&hash=${randomId(6)}`,
        mime_type: m.mimeType,
        sha256: createHash('sha256').update(m.data).digest('hex'),
        file_size: String(m.data.length),
        id,
      },
    };
  }
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
    sentMessages: () => [...messages],
    addMedia: (data, mimeType) => {
      const id = String(1000000000000000 + Math.floor(Math.random() * 1e15));
      media.set(id, { data, mimeType });
      return id;
    },
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

const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);

/** What Meta answers (#100) for a message body it refuses: the real limits of each type, or null. */
function checkMessage(body: Record<string, unknown>): string | null {
  const part = (body[String(body.type)] ?? {}) as Record<string, unknown>;
  switch (body.type) {
    case 'text':
      return len(part.body) >= 1 && len(part.body) <= 4096 ? null : 'text.body must have 1 to 4096 characters';
    case 'image':
    case 'document':
      return typeof part.link === 'string' || typeof part.id === 'string' ? null : `${body.type} needs a link or an id`;
    case 'template': {
      const language = (part.language ?? {}) as Record<string, unknown>;
      if (len(part.name) < 1 || len(part.name) > 512) return 'template.name is required';
      return len(language.code) >= 2 ? null : 'template.language.code is required';
    }
    case 'interactive':
      return checkList(part);
    default:
      return `Unsupported message type ${String(body.type)}`;
  }
}

function checkList(i: Record<string, unknown>): string | null {
  if (i.type !== 'list') return 'interactive.type must be list here';
  const body = (i.body ?? {}) as Record<string, unknown>;
  if (len(body.text) < 1 || len(body.text) > 4096) return 'interactive.body.text must have 1 to 4096 characters';
  const action = (i.action ?? {}) as Record<string, unknown>;
  if (len(action.button) < 1 || len(action.button) > 20) return 'action.button must have 1 to 20 characters';
  const sections = Array.isArray(action.sections) ? (action.sections as Record<string, unknown>[]) : [];
  if (sections.length < 1 || sections.length > 10) return 'action.sections must have 1 to 10 sections';
  let rows = 0;
  const ids = new Set<string>();
  for (const sec of sections) {
    if (sections.length > 1 && (len(sec.title) < 1 || len(sec.title) > 24))
      return 'section.title must have 1 to 24 characters';
    for (const r of Array.isArray(sec.rows) ? (sec.rows as Record<string, unknown>[]) : []) {
      rows++;
      if (len(r.id) < 1 || len(r.id) > 200 || ids.has(String(r.id)))
        return 'row.id must be unique, 1 to 200 characters';
      ids.add(String(r.id));
      if (len(r.title) < 1 || len(r.title) > 24) return 'row.title must have 1 to 24 characters';
      if (len(r.description) > 72) return 'row.description must have at most 72 characters';
    }
  }
  return rows >= 1 && rows <= 10 ? null : 'a list has 1 to 10 rows in all';
}
