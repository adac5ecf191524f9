import { postJson, SendError, statusError } from './send-error';
import type { OutboundText, SentMessage } from './sender';

// Meta WhatsApp Cloud API: POST {graph}/{phone_number_id}/messages with a bearer token;
// { messaging_product: "whatsapp", recipient_type: "individual", to, type: "text", text: { body } }
// → { messaging_product, contacts: [{ input, wa_id }], messages: [{ id: "wamid…" }] }.
export async function sendMetaText(
  out: OutboundText,
  settings: { graphUrl: string; timeoutMs: number },
): Promise<SentMessage> {
  const { channel } = out;
  const url = `${settings.graphUrl}/${encodeURIComponent(channel.settings.phone_number_id ?? '')}/messages`;
  const res = await postJson(
    url,
    { authorization: `Bearer ${channel.credentials.access_token ?? ''}` },
    {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: out.to.replace(/^\+/, ''),
      type: 'text',
      text: { preview_url: false, body: out.text },
    },
    settings.timeoutMs,
  );
  if (res.status < 200 || res.status >= 300) {
    const error = (res.json.error ?? {}) as { message?: string };
    throw statusError('Meta', res.status, error.message ?? null);
  }
  const id = (res.json.messages as { id?: string }[] | undefined)?.[0]?.id;
  if (!id) throw new SendError('Meta answered without a message id', false);
  return { providerMessageId: id, status: 'sent' };
}
