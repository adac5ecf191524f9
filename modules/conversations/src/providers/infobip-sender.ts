import type { InteractiveList, TemplateMessage } from '../domain/outbound-content';
import { postJson, SendError, statusError } from './send-error';
import type { OutboundText, SenderSettings, SentMessage } from './sender';

// Infobip WhatsApp, "Authorization: App <api key>", our message id sent as Infobip's messageId (its
// receipts name our message):
// - POST {base}/whatsapp/1/message/text { from, to, messageId, content: { text } };
// - POST …/message/image { content: { mediaUrl, caption } }, …/message/document { content: { mediaUrl, filename, caption } };
// - POST …/message/interactive/list { content: { body: { text }, action: { title, sections } } };
//   each → { to, messageCount, messageId, status: { groupName: "PENDING", … } };
// - POST …/message/template { messages: [{ from, to, messageId, content: { templateName,
//   templateData: { body: { placeholders } }, language } }] } → { messages: [{ messageId, … }], bulkId }.
export async function sendInfobipMessage(out: OutboundText, settings: SenderSettings): Promise<SentMessage> {
  const { channel } = out;
  const base = (channel.settings.base_url ?? '').replace(/\/+$/, '');
  const head = { from: channel.settings.sender, to: out.to.replace(/^\+/, ''), messageId: out.messageId };
  const [path, body] = infobipRequest(out, settings, head);
  const res = await postJson(
    `${base}${path}`,
    { authorization: `App ${channel.credentials.api_key ?? ''}` },
    body,
    settings.timeoutMs,
  );
  if (res.status < 200 || res.status >= 300) {
    const err = ((res.json.requestError as Record<string, unknown> | undefined)?.serviceException ?? {}) as {
      text?: string;
    };
    throw statusError('Infobip', res.status, err.text ?? null);
  }
  const first = Array.isArray(res.json.messages) ? (res.json.messages[0] as Record<string, unknown>) : res.json;
  const id = typeof first?.messageId === 'string' ? first.messageId : null;
  if (!id) throw new SendError('Infobip answered without a messageId', false);
  return { providerMessageId: id, status: 'sent' };
}

function infobipRequest(
  out: OutboundText,
  settings: SenderSettings,
  head: Record<string, unknown>,
): [string, Record<string, unknown>] {
  const content = out.content ?? {};
  if (out.kind === 'template') {
    const t = content.template as TemplateMessage;
    const message = {
      ...head,
      content: { templateName: t.name, templateData: { body: { placeholders: t.parameters } }, language: t.language },
    };
    return ['/whatsapp/1/message/template', { messages: [message] }];
  }
  if (out.kind === 'interactive' && content.list) {
    const l = content.list as InteractiveList;
    return [
      '/whatsapp/1/message/interactive/list',
      { ...head, content: { body: { text: l.body }, action: { title: l.button, sections: l.sections } } },
    ];
  }
  if ((out.kind === 'image' || out.kind === 'document') && out.file) {
    const mediaUrl = settings.fileUrl?.(out.file.key) ?? null;
    if (!mediaUrl) throw new SendError('NEXOVA_PUBLIC_URL is not set: Infobip cannot fetch the file', false);
    const caption = out.text ? { caption: out.text.slice(0, 3000) } : {};
    return out.kind === 'image'
      ? ['/whatsapp/1/message/image', { ...head, content: { mediaUrl, ...caption } }]
      : [
          '/whatsapp/1/message/document',
          { ...head, content: { mediaUrl, ...caption, ...(out.file.filename ? { filename: out.file.filename } : {}) } },
        ];
  }
  return ['/whatsapp/1/message/text', { ...head, content: { text: out.text } }];
}
