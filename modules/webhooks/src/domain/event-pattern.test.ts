import { describe, expect, it } from 'vitest';
import { EVENT_PATTERN, patternMatches, subscribes } from './event-pattern';

describe('event patterns', () => {
  it('matches by segment, * standing for one segment or, alone, for everything', () => {
    expect(patternMatches('*', 'orders.order.placed')).toBe(true);
    expect(patternMatches('orders.order.*', 'orders.order.placed')).toBe(true);
    expect(patternMatches('orders.order.*', 'orders.saga.started')).toBe(false);
    expect(patternMatches('payments.payment.succeeded', 'payments.payment.succeeded')).toBe(true);
    expect(patternMatches('payments.*.*', 'payments.intent.failed')).toBe(true);
    expect(patternMatches('payments.payment.succeeded', 'payments.payment.refunded')).toBe(false);
    expect(subscribes(['orders.order.*', 'payments.payment.*'], 'payments.payment.registered')).toBe(true);
    expect(subscribes([], 'payments.payment.registered')).toBe(false);
  });

  it('accepts only * or three lower-case segments', () => {
    for (const ok of ['*', 'orders.order.*', 'a.b.c', '*.*.canceled']) expect(EVENT_PATTERN.test(ok)).toBe(true);
    for (const bad of ['orders', 'orders.*', 'Orders.order.placed', 'orders.order.placed.x', 'orders..x', '**'])
      expect(EVENT_PATTERN.test(bad)).toBe(false);
  });
});
