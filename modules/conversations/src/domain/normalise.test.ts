import { describe, expect, it } from 'vitest';
import { normaliseInfobip } from './normalise-infobip';
import { normaliseMeta } from './normalise-meta';

// The providers' real webhook shapes (Meta Cloud API, Infobip MO_OTT_CONTACT and reports) into one.

const metaValue = (value: Record<string, unknown>) => ({
  object: 'whatsapp_business_account',
  entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', ...value } }] }],
});

describe('normaliseMeta', () => {
  it('reads the contact name, list replies and buttons; unknown types are kept as unsupported', () => {
    const out = normaliseMeta(
      metaValue({
        contacts: [{ profile: { name: 'Ana' }, wa_id: '5511987654321' }],
        messages: [
          {
            from: '5511987654321',
            id: 'wamid.1',
            timestamp: '1764324060',
            type: 'interactive',
            interactive: {
              type: 'list_reply',
              list_reply: { id: 'sku-1', title: 'Camiseta M', description: 'R$ 59,90' },
            },
          },
          {
            from: '5511987654321',
            id: 'wamid.2',
            timestamp: '1764324061',
            type: 'button',
            button: { text: 'Sim', payload: 'yes' },
          },
          { from: '5511987654321', id: 'wamid.3', timestamp: '1764324062', type: 'ephemeral', ephemeral: {} },
        ],
      }),
    );
    expect(out.messages.map((m) => [m.kind, m.text, m.contactName])).toEqual([
      ['interactive', 'Camiseta M', 'Ana'],
      ['interactive', 'Sim', 'Ana'],
      ['unsupported', null, 'Ana'],
    ]);
    expect(out.messages[0]?.content).toMatchObject({ reply_type: 'list_reply', reply_id: 'sku-1' });
    expect(out.messages[0]?.receivedAt.toISOString()).toBe('2025-11-28T10:01:00.000Z');
  });

  it('reads receipts, a failure with its title; ignores what is not a receipt', () => {
    const out = normaliseMeta(
      metaValue({
        statuses: [
          { id: 'wamid.9', status: 'delivered', timestamp: '1', recipient_id: '55' },
          {
            id: 'wamid.8',
            status: 'failed',
            timestamp: '1',
            recipient_id: '55',
            errors: [{ code: 131047, title: 'Re-engagement message' }],
          },
          { id: 'wamid.7', status: 'deleted' },
        ],
      }),
    );
    expect(out.statuses).toEqual([
      { providerMessageId: 'wamid.9', status: 'delivered', error: null },
      { providerMessageId: 'wamid.8', status: 'failed', error: 'Re-engagement message' },
    ]);
    expect(normaliseMeta({ not: 'meta' })).toEqual({ messages: [], statuses: [] });
  });
});

describe('normaliseInfobip', () => {
  it('reads inbound messages, delivery and seen reports', () => {
    const out = normaliseInfobip({
      results: [
        {
          from: '5491155554444',
          to: '447860099299',
          integrationType: 'WHATSAPP',
          receivedAt: '2026-11-28T10:01:00.000+0000',
          messageId: 'ABEG1',
          message: { type: 'INTERACTIVE_BUTTON_REPLY', id: 'confirm', title: 'Confirmar' },
          contact: { name: 'Lucía' },
        },
        {
          from: '5491155554444',
          receivedAt: '2026-11-28T10:02:00.000+0000',
          messageId: 'ABEG2',
          message: { type: 'DOCUMENT', url: 'https://example.com/m/1', caption: 'pedido.pdf' },
        },
        { messageId: 'out-1', to: '5491155554444', status: { groupName: 'DELIVERED', name: 'DELIVERED_TO_HANDSET' } },
        { messageId: 'out-2', to: '5491155554444', status: { groupName: 'PENDING', name: 'PENDING_ENROUTE' } },
        { messageId: 'out-3', to: '5491155554444', sentAt: 'x', seenAt: '2026-11-28T10:03:00.000+0000' },
        { messageId: 'out-4', status: { groupName: 'UNDELIVERABLE', description: 'Message rejected by operator' } },
      ],
    });
    expect(out.messages.map((m) => [m.kind, m.text, m.contactName, m.receivedAt.toISOString()])).toEqual([
      ['interactive', 'Confirmar', 'Lucía', '2026-11-28T10:01:00.000Z'],
      ['document', 'pedido.pdf', null, '2026-11-28T10:02:00.000Z'],
    ]);
    expect(out.messages[1]?.content).toEqual({ media: { url: 'https://example.com/m/1' } });
    expect(out.statuses).toEqual([
      { providerMessageId: 'out-1', status: 'delivered', error: null },
      { providerMessageId: 'out-3', status: 'read', error: null },
      { providerMessageId: 'out-4', status: 'failed', error: 'Message rejected by operator' },
    ]);
  });
});
