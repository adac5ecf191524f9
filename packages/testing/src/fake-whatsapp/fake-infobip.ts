import { randomUUID } from 'node:crypto';
import type { Delivery, WebhookTarget } from '../fake-stripe/server';
import { type FakeHttp, postWebhook, randomId, startFakeHttp } from './http';

// A local stand-in for Infobip's WhatsApp API ("Authorization: App <api key>"): POST
// /whatsapp/1/message/{text,image,document,interactive/list}, POST /whatsapp/1/message/template
// ({ messages: [...] }), GET /whatsapp/1/senders/{sender}/media/{mediaId} (inbound media bytes) and the webhooks Infobip POSTs — inbound messages (MO_OTT_CONTACT), delivery reports
// and seen reports — with the Basic credentials of a subscription's security settings.

export type FakeInfobip = FakeHttp & {
  apiKey: string;
  sender: string;
  webhookUsername: string;
  webhookPassword: string;
  /** The texts sent to the fake, in order. */
  sentTexts(): { to: string; text: string; messageId: string }[];
  /** Every message accepted (any endpoint): the path and the body (one message of a template request). */
  sentMessages(): { path: string; body: Record<string, unknown> }[];
  /** Media a customer sent; returns the URL an inbound message carries (`message.url`). */
  addMedia(data: Buffer, mimeType: string): string;
  inbound(m: { from: string; name?: string; id?: string; message?: Record<string, unknown> }): InfobipWebhook;
  deliveryReport(items: { messageId: string; to: string; groupName: 'DELIVERED' | 'UNDELIVERABLE' }[]): InfobipWebhook;
  seenReport(items: { messageId: string; to: string }[]): InfobipWebhook;
  /** POSTs a body to the app with the webhook Basic credentials (or `authorization`). */
  deliver(
    body: InfobipWebhook | string,
    target: WebhookTarget,
    path: string,
    authorization?: string,
  ): Promise<Delivery>;
};
export type InfobipWebhook = { results: unknown[]; messageCount?: number; pendingMessageCount?: number };

const infobipError = (status: number) => ({
  requestError: {
    serviceException: {
      messageId: status === 429 ? 'TOO_MANY_REQUESTS' : 'GENERAL_ERROR',
      text: status === 429 ? 'Too many requests' : 'Something went wrong. Please contact support.',
    },
  },
});

export async function createFakeInfobip(): Promise<FakeInfobip> {
  const apiKey = randomId(24).toLowerCase();
  const sender = '447860099299';
  const webhookUsername = 'nexova';
  const webhookPassword = randomId(12);
  const sent: { to: string; text: string; messageId: string }[] = [];
  const messages: { path: string; body: Record<string, unknown> }[] = [];
  const media = new Map<string, { data: Buffer; mimeType: string }>();
  const bad = {
    status: 400,
    json: { requestError: { serviceException: { messageId: 'BAD_REQUEST', text: 'Bad request' } } },
  };
  const accepted = (to: string, messageId: string) => ({
    to,
    messageCount: 1,
    messageId,
    status: {
      groupId: 1,
      groupName: 'PENDING',
      id: 7,
      name: 'PENDING_ENROUTE',
      description: 'Message sent to next instance',
    },
  });
  const http = await startFakeHttp(({ method, path, authorization, body }) => {
    if (authorization !== `App ${apiKey}`)
      return {
        status: 401,
        json: { requestError: { serviceException: { messageId: 'UNAUTHORIZED', text: 'Invalid login details' } } },
      };
    const mediaPath = `/whatsapp/1/senders/${sender}/media/`;
    if (method === 'GET' && path.startsWith(mediaPath)) {
      const m = media.get(path.slice(mediaPath.length));
      return m
        ? { status: 200, json: null, raw: m.data, contentType: m.mimeType }
        : { status: 404, json: { requestError: { serviceException: { messageId: 'NOT_FOUND', text: 'Not found' } } } };
    }
    if (path === '/whatsapp/1/message/template') {
      const list = Array.isArray(body.messages) ? (body.messages as Record<string, unknown>[]) : [];
      const ok =
        list.length > 0 &&
        list.every((m) => {
          const c = (m.content ?? {}) as Record<string, unknown>;
          return (
            m.from === sender &&
            m.to &&
            typeof c.templateName === 'string' &&
            typeof c.language === 'string' &&
            c.templateData
          );
        });
      if (!ok) return bad;
      const out = list.map((m) => {
        const messageId = typeof m.messageId === 'string' ? m.messageId : randomUUID();
        messages.push({ path, body: m });
        return accepted(String(m.to), messageId);
      });
      return { status: 200, json: { messages: out, bulkId: randomUUID() } };
    }
    const other = OTHER[path];
    if (other) {
      if (body.from !== sender || !body.to || !other((body.content ?? {}) as Record<string, unknown>)) return bad;
      const messageId = typeof body.messageId === 'string' ? body.messageId : randomUUID();
      messages.push({ path, body });
      return { status: 200, json: accepted(String(body.to), messageId) };
    }
    if (path !== '/whatsapp/1/message/text')
      return {
        status: 404,
        json: { requestError: { serviceException: { messageId: 'NOT_FOUND', text: 'Not found' } } },
      };
    const content = (body.content ?? {}) as { text?: string };
    const to = String(body.to ?? '');
    if (body.from !== sender || !to || !content.text)
      return {
        status: 400,
        json: { requestError: { serviceException: { messageId: 'BAD_REQUEST', text: 'Bad request' } } },
      };
    const messageId = typeof body.messageId === 'string' ? body.messageId : randomUUID();
    sent.push({ to, text: content.text, messageId });
    messages.push({ path, body });
    return {
      status: 200,
      json: {
        to,
        messageCount: 1,
        messageId,
        status: {
          groupId: 1,
          groupName: 'PENDING',
          id: 7,
          name: 'PENDING_ENROUTE',
          description: 'Message sent to next instance',
        },
      },
    };
  }, infobipError);
  const at = () => new Date().toISOString().replace('Z', '+0000');
  return {
    ...http,
    apiKey,
    sender,
    webhookUsername,
    webhookPassword,
    sentTexts: () => [...sent],
    sentMessages: () => [...messages],
    addMedia: (data, mimeType) => {
      const id = randomUUID();
      media.set(id, { data, mimeType });
      return `${http.url}/whatsapp/1/senders/${sender}/media/${id}`;
    },
    inbound: (m) => ({
      results: [
        {
          from: m.from,
          to: sender,
          integrationType: 'WHATSAPP',
          receivedAt: at(),
          messageId: m.id ?? `ABEGOFl3VCQoAhA${randomId(10)}`,
          pairedMessageId: null,
          callbackData: null,
          message: m.message ?? { type: 'TEXT', text: 'Olá' },
          contact: { name: m.name ?? 'Cliente' },
          price: { pricePerMessage: 0, currency: 'EUR' },
        },
      ],
      messageCount: 1,
      pendingMessageCount: 0,
    }),
    deliveryReport: (items) => ({
      results: items.map((i) => ({
        bulkId: null,
        price: { pricePerMessage: 0, currency: 'EUR' },
        status:
          i.groupName === 'DELIVERED'
            ? {
                groupId: 3,
                groupName: 'DELIVERED',
                id: 5,
                name: 'DELIVERED_TO_HANDSET',
                description: 'Message delivered to handset',
              }
            : {
                groupId: 2,
                groupName: 'UNDELIVERABLE',
                id: 4,
                name: 'UNDELIVERABLE_REJECTED_OPERATOR',
                description: 'Message rejected by operator',
              },
        error: { groupId: 0, groupName: 'OK', id: 0, name: 'NO_ERROR', description: 'No Error', permanent: false },
        messageId: i.messageId,
        doneAt: at(),
        messageCount: 1,
        sentAt: at(),
        to: i.to,
      })),
    }),
    seenReport: (items) => ({
      results: items.map((i) => ({ messageId: i.messageId, from: sender, to: i.to, sentAt: at(), seenAt: at() })),
    }),
    deliver: (body, target, path, authorization) => {
      const payload = typeof body === 'string' ? body : JSON.stringify(body);
      const auth = authorization ?? `Basic ${Buffer.from(`${webhookUsername}:${webhookPassword}`).toString('base64')}`;
      return postWebhook(target, path, payload, { authorization: auth });
    },
  };
}

const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);

// Infobip's checks on the other message types it takes (its documented limits).
const OTHER: Record<string, (c: Record<string, unknown>) => boolean> = {
  '/whatsapp/1/message/image': (c) => len(c.mediaUrl) >= 1 && len(c.mediaUrl) <= 2048 && len(c.caption) <= 3000,
  '/whatsapp/1/message/document': (c) => len(c.mediaUrl) >= 1 && len(c.mediaUrl) <= 2048 && len(c.filename) <= 240,
  '/whatsapp/1/message/interactive/list': (c) => {
    const body = (c.body ?? {}) as Record<string, unknown>;
    const action = (c.action ?? {}) as Record<string, unknown>;
    const sections = Array.isArray(action.sections) ? (action.sections as Record<string, unknown>[]) : [];
    const rows = sections.flatMap((s) => (Array.isArray(s.rows) ? (s.rows as Record<string, unknown>[]) : []));
    return (
      len(body.text) >= 1 &&
      len(body.text) <= 1024 &&
      len(action.title) >= 1 &&
      len(action.title) <= 20 &&
      sections.length >= 1 &&
      sections.length <= 10 &&
      rows.length >= 1 &&
      rows.length <= 10 &&
      rows.every(
        (r) =>
          len(r.id) >= 1 && len(r.id) <= 200 && len(r.title) >= 1 && len(r.title) <= 24 && len(r.description) <= 72,
      )
    );
  },
};
