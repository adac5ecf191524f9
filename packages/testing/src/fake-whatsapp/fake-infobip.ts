import { randomUUID } from 'node:crypto';
import type { Delivery, WebhookTarget } from '../fake-stripe/server';
import { type FakeHttp, postWebhook, randomId, startFakeHttp } from './http';

// A local stand-in for Infobip's WhatsApp API: POST /whatsapp/1/message/text ("Authorization: App
// <api key>") and the webhooks Infobip POSTs — inbound messages (MO_OTT_CONTACT), delivery reports
// and seen reports — with the Basic credentials of a subscription's security settings.

export type FakeInfobip = FakeHttp & {
  apiKey: string;
  sender: string;
  webhookUsername: string;
  webhookPassword: string;
  /** The texts sent to the fake, in order. */
  sentTexts(): { to: string; text: string; messageId: string }[];
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
  const http = await startFakeHttp(({ path, authorization, body }) => {
    if (authorization !== `App ${apiKey}`)
      return {
        status: 401,
        json: { requestError: { serviceException: { messageId: 'UNAUTHORIZED', text: 'Invalid login details' } } },
      };
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
