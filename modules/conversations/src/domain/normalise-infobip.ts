import type { MessageKind } from '../contracts/conversation';
import type { InboundMessage, NormalisedWebhook, StatusUpdate } from './inbound';

// Infobip WhatsApp webhooks. Inbound (MO_OTT_CONTACT): { results: [{ from, to, integrationType:
// "WHATSAPP", receivedAt, messageId, message: { type: "TEXT", text }, contact: { name } }],
// messageCount, pendingMessageCount }. Delivery reports: { results: [{ messageId, to, sentAt, doneAt,
// status: { groupName: "DELIVERED" | "PENDING" | "UNDELIVERABLE" | "EXPIRED" | "REJECTED", name } }] }.
// Seen reports: { results: [{ messageId, from, to, sentAt, seenAt }] }.

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

const MEDIA: Record<string, MessageKind> = {
  IMAGE: 'image',
  DOCUMENT: 'document',
  AUDIO: 'audio',
  VOICE: 'audio',
  VIDEO: 'video',
  STICKER: 'sticker',
};

function messageOf(r: Obj): InboundMessage | null {
  const id = str(r.messageId);
  const from = str(r.from);
  const message = obj(r.message);
  const type = str(message.type);
  if (!id || !from || !type) return null;
  const base = {
    providerMessageId: id,
    from,
    contactName: str(obj(r.contact).name),
    receivedAt: new Date(str(r.receivedAt)?.replace(/\+0000$/, 'Z') ?? Date.now()),
  };
  if (type === 'TEXT') return { ...base, kind: 'text', text: str(message.text), content: {} };
  const media = MEDIA[type];
  if (media) {
    const { type: _t, caption, ...rest } = message;
    return { ...base, kind: media, text: str(caption), content: { media: rest }, media: rest };
  }
  if (type === 'LOCATION') {
    const { type: _t, ...location } = message;
    return { ...base, kind: 'location', text: str(message.name) ?? str(message.address), content: { location } };
  }
  if (type === 'INTERACTIVE_BUTTON_REPLY' || type === 'INTERACTIVE_LIST_REPLY' || type === 'BUTTON')
    return {
      ...base,
      kind: 'interactive',
      text: str(message.title) ?? str(message.text),
      content: { reply_type: type.toLowerCase(), reply_id: str(message.id) ?? str(message.payload) },
    };
  if (type === 'REACTION')
    return { ...base, kind: 'reaction', text: str(message.emoji), content: { reacted_to: str(message.messageId) } };
  return { ...base, kind: 'unsupported', text: null, content: { type } };
}

const GROUPS: Record<string, StatusUpdate['status']> = {
  DELIVERED: 'delivered',
  UNDELIVERABLE: 'failed',
  EXPIRED: 'failed',
  REJECTED: 'failed',
};

function statusOf(r: Obj): StatusUpdate | null {
  const id = str(r.messageId);
  if (!id) return null;
  if (str(r.seenAt)) return { providerMessageId: id, status: 'read', error: null };
  const group = str(obj(r.status).groupName);
  const status = group ? GROUPS[group] : undefined;
  if (!status) return null;
  const error = status === 'failed' ? (str(obj(r.status).description) ?? str(obj(r.status).name) ?? group) : null;
  return { providerMessageId: id, status, error };
}

/** The messages and receipts of an Infobip webhook body (anything unrecognised is skipped). */
export function normaliseInfobip(body: unknown): NormalisedWebhook {
  const out: NormalisedWebhook = { messages: [], statuses: [] };
  for (const raw of arr(obj(body).results)) {
    const r = obj(raw);
    if (r.message !== undefined) {
      const m = messageOf(r);
      if (m) out.messages.push(m);
    } else {
      const s = statusOf(r);
      if (s) out.statuses.push(s);
    }
  }
  return out;
}
