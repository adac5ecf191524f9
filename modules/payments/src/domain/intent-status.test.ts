import { describe, expect, it } from 'vitest';
import { INTENT_STATUSES } from '../contracts/payment-intent';
import { nextIntentStatus } from './intent-status';

describe('nextIntentStatus', () => {
  it('moves a pending intent to any outcome', () => {
    expect(nextIntentStatus('pending', 'succeeded')).toBe('succeeded');
    expect(nextIntentStatus('pending', 'failed')).toBe('failed');
    expect(nextIntentStatus('pending', 'canceled')).toBe('canceled');
  });

  it('lets a failed intent succeed or be canceled (the customer may retry), not fail twice', () => {
    expect(nextIntentStatus('failed', 'succeeded')).toBe('succeeded');
    expect(nextIntentStatus('failed', 'canceled')).toBe('canceled');
    expect(nextIntentStatus('failed', 'failed')).toBeNull();
  });

  it('never moves a succeeded or canceled intent', () => {
    for (const outcome of ['succeeded', 'failed', 'canceled'] as const) {
      expect(nextIntentStatus('succeeded', outcome)).toBeNull();
      expect(nextIntentStatus('canceled', outcome)).toBeNull();
    }
  });

  it('ignores provider outcomes for an intent not yet created at the provider (requested)', () => {
    for (const outcome of ['succeeded', 'failed', 'canceled'] as const)
      expect(nextIntentStatus('requested', outcome)).toBeNull();
  });

  it('lets an intent whose cancel is on its way be canceled, or record money paid meanwhile, not fail', () => {
    expect(nextIntentStatus('cancel_requested', 'canceled')).toBe('canceled');
    expect(nextIntentStatus('cancel_requested', 'succeeded')).toBe('succeeded');
    expect(nextIntentStatus('cancel_requested', 'failed')).toBeNull();
  });

  it('only ever moves forward', () => {
    // cancel_requested → succeeded is the one move "back": the money is recorded, its cancel refunds it.
    const rank = { requested: -1, pending: 0, failed: 1, cancel_requested: 1, succeeded: 2, canceled: 2 } as const;
    for (const current of INTENT_STATUSES)
      for (const outcome of ['succeeded', 'failed', 'canceled'] as const) {
        const next = nextIntentStatus(current, outcome);
        if (next) expect(rank[next]).toBeGreaterThan(rank[current]);
      }
  });
});
