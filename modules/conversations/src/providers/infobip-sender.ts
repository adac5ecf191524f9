import { postJson, SendError, statusError } from './send-error';
import type { OutboundText, SentMessage } from './sender';

// Infobip WhatsApp: POST {base_url}/whatsapp/1/message/text with "Authorization: App <api key>";
// { from, to, messageId, content: { text } } → { to, messageCount, messageId, status: { groupId,
// groupName: "PENDING", id, name, description } }. Our message id is sent as Infobip's messageId, so
// its receipts name our message.
export async function sendInfobipText(out: OutboundText, settings: { timeoutMs: number }): Promise<SentMessage> {
  const { channel } = out;
  const base = (channel.settings.base_url ?? '').replace(/\/+$/, '');
  const res = await postJson(
    `${base}/whatsapp/1/message/text`,
    { authorization: `App ${channel.credentials.api_key ?? ''}` },
    {
      from: channel.settings.sender,
      to: out.to.replace(/^\+/, ''),
      messageId: out.messageId,
      content: { text: out.text },
    },
    settings.timeoutMs,
  );
  if (res.status < 200 || res.status >= 300) {
    const err = ((res.json.requestError as Record<string, unknown> | undefined)?.serviceException ?? {}) as {
      text?: string;
    };
    throw statusError('Infobip', res.status, err.text ?? null);
  }
  const id = typeof res.json.messageId === 'string' ? res.json.messageId : null;
  if (!id) throw new SendError('Infobip answered without a messageId', false);
  return { providerMessageId: id, status: 'sent' };
}
