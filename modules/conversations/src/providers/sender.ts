import type { OpenChannel } from '../db/channel-store';
import { sendInfobipText } from './infobip-sender';
import { sendMetaText } from './meta-sender';

/** One outbound text as the sender hands it to a provider. */
export type OutboundText = { messageId: string; channel: OpenChannel; to: string; text: string };
export type SentMessage = { providerMessageId: string; status: 'sent' | 'delivered' };

export type SenderSettings = { graphUrl: string; timeoutMs: number };

/**
 * Sends through the channel's provider. The simulator delivers to itself: its transcript is the
 * conversation, so the message is delivered as soon as it is sent (the /simulator page reads it).
 */
export function sendText(out: OutboundText, settings: SenderSettings): Promise<SentMessage> {
  switch (out.channel.kind) {
    case 'meta':
      return sendMetaText(out, settings);
    case 'infobip':
      return sendInfobipText(out, settings);
    default:
      return Promise.resolve({ providerMessageId: `simulator-${out.messageId}`, status: 'delivered' });
  }
}
