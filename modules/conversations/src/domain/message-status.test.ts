import { describe, expect, it } from 'vitest';
import { advances } from './message-status';

describe('message status', () => {
  it('moves forward only: a late delivered receipt after read changes nothing', () => {
    expect(advances('sent', 'delivered')).toBe(true);
    expect(advances('sent', 'read')).toBe(true);
    expect(advances('read', 'delivered')).toBe(false);
    expect(advances('delivered', 'delivered')).toBe(false);
  });

  it('a failure after delivery is ignored; a failed message stays failed', () => {
    expect(advances('sent', 'failed')).toBe(true);
    expect(advances('delivered', 'failed')).toBe(false);
    expect(advances('failed', 'read')).toBe(false);
  });

  it('a canceled message (never sent) takes no receipt', () => {
    expect(advances('canceled', 'sent')).toBe(false);
    expect(advances('canceled', 'failed')).toBe(false);
  });
});
