import type { InteractiveList, TemplateMessage } from '../domain/outbound-content';
import { postJson, SendError, statusError } from './send-error';
import type { OutboundText, SenderSettings, SentMessage } from './sender';

// Meta WhatsApp Cloud API: POST {graph}/{phone_number_id}/messages with a bearer token;
// { messaging_product: "whatsapp", recipient_type: "individual", to, type, <type>: {...} } →
// { messaging_product, contacts: [{ input, wa_id }], messages: [{ id: "wamid…" }] }. Types sent:
// text { body }, image/document { link, caption, filename } (Meta fetches our signed URL),
// template { name, language: { code }, components: [{ type: "body", parameters: [{ type: "text", text }] }] },
// interactive { type: "list", body: { text }, action: { button, sections: [{ title, rows }] } }.
export async function sendMetaMessage(out: OutboundText, settings: SenderSettings): Promise<SentMessage> {
  const { channel } = out;
  const url = `${settings.graphUrl}/${encodeURIComponent(channel.settings.phone_number_id ?? '')}/messages`;
  const res = await postJson(
    url,
    { authorization: `Bearer ${channel.credentials.access_token ?? ''}` },
    {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: out.to.replace(/^\+/, ''),
      ...metaBody(out, settings),
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

/** The type-specific part of a Meta message body. */
export function metaBody(out: OutboundText, settings: SenderSettings): Record<string, unknown> {
  const content = out.content ?? {};
  if (out.kind === 'template') {
    const t = content.template as TemplateMessage;
    const parameters = t.parameters.map((text) => ({ type: 'text', text }));
    return {
      type: 'template',
      template: {
        name: t.name,
        language: { code: t.language },
        ...(parameters.length ? { components: [{ type: 'body', parameters }] } : {}),
      },
    };
  }
  if (out.kind === 'interactive' && content.list) {
    const l = content.list as InteractiveList;
    return {
      type: 'interactive',
      interactive: { type: 'list', body: { text: l.body }, action: { button: l.button, sections: l.sections } },
    };
  }
  if ((out.kind === 'image' || out.kind === 'document') && out.file) {
    const link = settings.fileUrl?.(out.file.key) ?? null;
    if (!link) throw new SendError('NEXOVA_PUBLIC_URL is not set: Meta cannot fetch the file', false);
    const caption = out.text ? { caption: out.text } : {};
    return out.kind === 'image'
      ? { type: 'image', image: { link, ...caption } }
      : {
          type: 'document',
          document: { link, ...caption, ...(out.file.filename ? { filename: out.file.filename } : {}) },
        };
  }
  return { type: 'text', text: { preview_url: false, body: out.text } };
}
