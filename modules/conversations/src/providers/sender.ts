import type { OpenChannel } from '../db/channel-store';
import { sendInfobipMessage } from './infobip-sender';
import { sendMetaMessage } from './meta-sender';

/**
 * One outbound message as the sender hands it to a provider: its kind (text, image, document,
 * template, interactive), text (or caption), content (the template or list) and, for a file, where
 * the provider fetches it (null when NEXOVA_PUBLIC_URL is unset: the send fails, not retried).
 */
export type OutboundText = {
  messageId: string;
  channel: OpenChannel;
  to: string;
  text: string;
  kind?: string;
  content?: Record<string, unknown>;
  file?: { key: string; contentType: string | null; filename: string | null } | null;
};
export type SentMessage = { providerMessageId: string; status: 'sent' | 'delivered' };

export type SenderSettings = {
  graphUrl: string;
  timeoutMs: number;
  /** The absolute, signed URL a provider downloads a stored file from (null: no public URL). */
  fileUrl?: (key: string) => string | null;
};

/**
 * Sends through the channel's provider. The simulator delivers to itself: its transcript is the
 * conversation, so the message is delivered as soon as it is sent (the /simulator page reads it).
 */
export function sendText(out: OutboundText, settings: SenderSettings): Promise<SentMessage> {
  switch (out.channel.kind) {
    case 'meta':
      return sendMetaMessage(out, settings);
    case 'infobip':
      return sendInfobipMessage(out, settings);
    default:
      return Promise.resolve({ providerMessageId: `simulator-${out.messageId}`, status: 'delivered' });
  }
}
