import type { MessageKind } from '../contracts/conversation';

/** One message a contact sent, whatever the provider: what the inbound consumer stores. */
export type InboundMessage = {
  providerMessageId: string;
  /** The contact's number as the provider reports it (digits, maybe without +). */
  from: string;
  contactName: string | null;
  kind: MessageKind;
  text: string | null;
  content: Record<string, unknown>;
  /** The file to download (Meta: { id, mime_type }; Infobip: { url }; the simulator: { data (base64), mime_type }). */
  media?: Record<string, unknown>;
  receivedAt: Date;
};

/** A receipt about one of our outbound messages. */
export type StatusUpdate = {
  providerMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  error: string | null;
};

export type NormalisedWebhook = { messages: InboundMessage[]; statuses: StatusUpdate[] };

/** The first 120 characters of what a message says, for the inbox list. */
export function previewOf(m: { kind: MessageKind; text: string | null }): string {
  const text = m.text?.trim();
  return text ? text.slice(0, 120) : `[${m.kind}]`;
}
