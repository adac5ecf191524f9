import type { NormalisedWebhook } from './inbound';

// The simulator's inbox bodies, written by POST /channels/{id}/simulator/messages (never by a
// provider): { message_id, from, name, text, sent_at }. Read back by the same inbound consumer as
// the providers' webhooks; anything else is skipped.

/** What the simulator stores in the webhook inbox for one message a simulated customer sent. */
export type SimulatorBody = { message_id: string; from: string; name: string | null; text: string; sent_at: string };

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** The provider message id of a simulated customer's message (its client id, prefixed). */
export const simulatorMessageId = (clientId: string) => `simulator-in-${clientId}`;

export function normaliseSimulator(body: unknown): NormalisedWebhook {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const id = str(b.message_id);
  const from = str(b.from);
  const text = str(b.text);
  if (!id || !from || !text) return { messages: [], statuses: [] };
  const sentAt = new Date(str(b.sent_at) ?? Date.now());
  return {
    messages: [
      {
        providerMessageId: simulatorMessageId(id),
        from,
        contactName: str(b.name),
        kind: 'text',
        text,
        content: {},
        receivedAt: Number.isNaN(sentAt.getTime()) ? new Date() : sentAt,
      },
    ],
    statuses: [],
  };
}
