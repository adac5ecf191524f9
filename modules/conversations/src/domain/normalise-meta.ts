import type { MessageKind } from '../contracts/conversation';
import type { InboundMessage, NormalisedWebhook, StatusUpdate } from './inbound';

// Meta WhatsApp Cloud API webhooks: { object: "whatsapp_business_account", entry: [{ changes: [{
// field: "messages", value: { metadata, contacts: [{ profile: { name }, wa_id }], messages: [...],
// statuses: [...] } }] }] }. Media arrive as ids to fetch from the Graph API (the media worker does).

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

const MEDIA: Record<string, MessageKind> = {
  image: 'image',
  document: 'document',
  audio: 'audio',
  video: 'video',
  sticker: 'sticker',
};

function messageOf(m: Obj, names: Map<string, string>): InboundMessage | null {
  const id = str(m.id);
  const from = str(m.from);
  if (!id || !from) return null;
  const type = str(m.type) ?? 'unsupported';
  const base = {
    providerMessageId: id,
    from,
    contactName: names.get(from) ?? null,
    receivedAt: new Date(Number(m.timestamp) * 1000 || Date.now()),
  };
  const body = obj(m[type]);
  if (type === 'text') return { ...base, kind: 'text', text: str(body.body), content: {} };
  const media = MEDIA[type];
  if (media) {
    const { caption, ...rest } = body;
    return { ...base, kind: media, text: str(caption), content: { media: rest }, media: rest };
  }
  if (type === 'location')
    return { ...base, kind: 'location', text: str(body.name) ?? str(body.address), content: { location: body } };
  if (type === 'interactive') {
    const reply = obj(body.button_reply ?? body.list_reply);
    return {
      ...base,
      kind: 'interactive',
      text: str(reply.title),
      content: { reply_type: str(body.type), reply_id: str(reply.id), description: str(reply.description) },
    };
  }
  if (type === 'button')
    return {
      ...base,
      kind: 'interactive',
      text: str(body.text),
      content: { reply_type: 'button', reply_id: str(body.payload) },
    };
  if (type === 'reaction')
    return { ...base, kind: 'reaction', text: str(body.emoji), content: { reacted_to: str(body.message_id) } };
  return { ...base, kind: 'unsupported', text: null, content: { type } };
}

const STATUS = new Set(['sent', 'delivered', 'read', 'failed']);

function statusOf(s: Obj): StatusUpdate | null {
  const id = str(s.id);
  const status = str(s.status);
  if (!id || !status || !STATUS.has(status)) return null;
  const error = obj(arr(s.errors)[0]);
  return {
    providerMessageId: id,
    status: status as StatusUpdate['status'],
    error: status === 'failed' ? (str(error.title) ?? str(error.message) ?? 'failed') : null,
  };
}

/** The messages and receipts of a Meta webhook body (anything unrecognised is skipped). */
export function normaliseMeta(body: unknown): NormalisedWebhook {
  const out: NormalisedWebhook = { messages: [], statuses: [] };
  for (const entry of arr(obj(body).entry)) {
    for (const change of arr(obj(entry).changes)) {
      const value = obj(obj(change).value);
      const names = new Map<string, string>();
      for (const c of arr(value.contacts)) {
        const wa = str(obj(c).wa_id);
        const name = str(obj(obj(c).profile).name);
        if (wa && name) names.set(wa, name);
      }
      for (const m of arr(value.messages)) {
        const msg = messageOf(obj(m), names);
        if (msg) out.messages.push(msg);
      }
      for (const s of arr(value.statuses)) {
        const st = statusOf(obj(s));
        if (st) out.statuses.push(st);
      }
    }
  }
  return out;
}
