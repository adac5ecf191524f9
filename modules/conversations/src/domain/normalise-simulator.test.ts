import { describe, expect, it } from 'vitest';
import { normaliseSimulator } from './normalise-simulator';

describe('normaliseSimulator', () => {
  it('reads the body the simulator route stores as one text message', () => {
    const out = normaliseSimulator({
      message_id: 'c-1',
      from: '5511987654321',
      name: 'Ana',
      text: 'Oi',
      sent_at: '2026-11-28T10:00:00.000Z',
    });
    expect(out.statuses).toEqual([]);
    expect(out.messages).toEqual([
      {
        providerMessageId: 'simulator-in-c-1',
        from: '5511987654321',
        contactName: 'Ana',
        kind: 'text',
        text: 'Oi',
        content: {},
        receivedAt: new Date('2026-11-28T10:00:00.000Z'),
      },
    ]);
  });

  it('skips anything else', () => {
    expect(normaliseSimulator(null).messages).toEqual([]);
    expect(normaliseSimulator({ message_id: 'x', from: '1' }).messages).toEqual([]);
  });
});
