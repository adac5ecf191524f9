import type { NormalisedWebhook } from './inbound';

// The simulator's inbox bodies, written by POST /channels/{id}/simulator/messages (never by a
// provider): { message_id, from, name, text, sent_at, media? }; media is { data (base64), mime_type,
// filename } of an image or document the customer attached (stored by the media worker). Read back by the same inbound consumer as
// the providers' webhooks; anything else is skipped.

/** What the simulator stores in the webhook inbox for one message a simulated customer sent. */
export type SimulatorMedia = { data: string; mime_type: string; filename: string | null };
export type SimulatorBody = {
  message_id: string;
  from: string;
  name: string | null;
  text: string;
  sent_at: string;
  media?: SimulatorMedia;
  /** The row of the shop's last list the customer picked by typing its number (a list_reply). */
  reply?: { id: string; title: string };
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** The provider message id of a simulated customer's message (its client id, prefixed). */
export const simulatorMessageId = (clientId: string) => `simulator-in-${clientId}`;

export function normaliseSimulator(body: unknown): NormalisedWebhook {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const id = str(b.message_id);
  const from = str(b.from);
  const text = str(b.text);
  const media = b.media && typeof b.media === 'object' ? (b.media as Record<string, unknown>) : null;
  if (!id || !from || (!text && !media)) return { messages: [], statuses: [] };
  const mime = str(media?.mime_type) ?? '';
  const reply = b.reply && typeof b.reply === 'object' ? (b.reply as Record<string, unknown>) : null;
  const replyId = str(reply?.id);
  const sentAt = new Date(str(b.sent_at) ?? Date.now());
  return {
    messages: [
      {
        providerMessageId: simulatorMessageId(id),
        from,
        contactName: str(b.name),
        kind: media ? (mime.startsWith('image/') ? 'image' : 'document') : replyId ? 'interactive' : 'text',
        text: replyId ? (str(reply?.title) ?? text) : text,
        content: media
          ? { media: { mime_type: mime, filename: str(media.filename) } }
          : replyId
            ? { reply_type: 'list_reply', reply_id: replyId, typed: text }
            : {},
        ...(media ? { media } : {}),
        receivedAt: Number.isNaN(sentAt.getTime()) ? new Date() : sentAt,
      },
    ],
    statuses: [],
  };
}
