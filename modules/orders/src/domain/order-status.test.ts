import { describe, expect, it } from 'vitest';
import { allowedActions, isTerminal, nextStatus, ORDER_ACTIONS, ORDER_STATUSES } from './order-status';

describe('order status table', () => {
  it('moves draft → pending (checkout) → confirmed → shipped → delivered', () => {
    expect(nextStatus('draft', 'submit')).toBe('pending');
    expect(nextStatus('pending', 'complete')).toBe('confirmed');
    expect(nextStatus('confirmed', 'ship')).toBe('shipped');
    expect(nextStatus('shipped', 'deliver')).toBe('delivered');
    expect(nextStatus('confirmed', 'deliver')).toBe('delivered');
  });

  it('lets the saga send a pending order back to draft, and only a pending one', () => {
    expect(nextStatus('pending', 'reopen')).toBe('draft');
    expect(nextStatus('confirmed', 'reopen')).toBeNull();
    expect(nextStatus('draft', 'complete')).toBeNull();
  });

  it('cancels only before shipping', () => {
    expect(nextStatus('draft', 'cancel')).toBe('canceled');
    expect(nextStatus('pending', 'cancel')).toBe('canceled');
    expect(nextStatus('confirmed', 'cancel')).toBe('canceled');
    expect(nextStatus('shipped', 'cancel')).toBeNull();
    expect(nextStatus('delivered', 'cancel')).toBeNull();
  });

  it('refuses everything else, and terminal statuses have no way out', () => {
    expect(nextStatus('draft', 'ship')).toBeNull();
    expect(nextStatus('pending', 'ship')).toBeNull();
    expect(nextStatus('draft', 'deliver')).toBeNull();
    expect(nextStatus('confirmed', 'submit')).toBeNull();
    expect(nextStatus('canceled', 'submit')).toBeNull();
    expect(isTerminal('delivered')).toBe(true);
    expect(isTerminal('canceled')).toBe(true);
    expect(isTerminal('pending')).toBe(false);
    expect(allowedActions('draft')).toEqual(['submit', 'cancel']);
    expect(allowedActions('pending')).toEqual(['cancel']);
    // Every (status, action) pair is answered by the table.
    for (const s of ORDER_STATUSES) for (const a of ORDER_ACTIONS) expect(() => nextStatus(s, a)).not.toThrow();
  });
});
