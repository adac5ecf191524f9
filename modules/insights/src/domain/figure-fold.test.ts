import { describe, expect, it } from 'vitest';
import { type FigureEvent, foldFigures } from './figure-fold';

const at = (hhmm: string) => `2026-11-27T${hhmm}:00.000Z`;
const placed = (t: string, currency = 'BRL'): FigureEvent => ({
  type: 'orders.order.placed',
  occurred_at: at(t),
  payload: { currency },
});
const money = (type: string, t: string, amount: number, currency = 'BRL'): FigureEvent => ({
  type: `payments.payment.${type}`,
  occurred_at: at(t),
  payload: { order_id: 'o', amount, currency },
});
const mark = (type: 'submitted' | 'completed', t: string, orderId = 'o1'): FigureEvent => ({
  type: type === 'submitted' ? 'orders.order.submitted' : 'checkout.saga.completed',
  occurred_at: at(t),
  payload: { order_id: orderId },
});

describe('foldFigures', () => {
  it('sums orders and sales per UTC hour and currency', () => {
    const { hours } = foldFigures([
      placed('10:05'),
      placed('10:59'),
      money('registered', '10:30', 1000),
      money('refunded', '10:40', 300),
      placed('11:00'),
      money('voided', '11:10', 200),
      placed('10:20', 'ARS'),
    ]);
    expect(hours).toEqual([
      { hour: new Date(at('10:00')), currency: 'BRL', ordersPlaced: 2, salesMinor: 700 },
      { hour: new Date(at('11:00')), currency: 'BRL', ordersPlaced: 1, salesMinor: -200 },
      { hour: new Date(at('10:00')), currency: 'ARS', ordersPlaced: 1, salesMinor: 0 },
    ]);
  });

  it('keeps the last submit before the first completion, and that completion', () => {
    const { checkouts } = foldFigures([
      mark('submitted', '10:00'),
      mark('submitted', '10:05'), // submitted again (stock failed the first time): the start moves
      mark('completed', '10:06'),
      mark('submitted', '10:07'), // after completion: no effect
      mark('completed', '10:08'), // a second completion: the first sticks
      mark('completed', '10:09', 'o2'), // completion only: the stored start stays (null here)
    ]);
    expect(checkouts).toEqual([
      { orderId: 'o1', submittedAt: new Date(at('10:05')), completedAt: new Date(at('10:06')) },
      { orderId: 'o2', submittedAt: null, completedAt: new Date(at('10:09')) },
    ]);
  });

  it('ignores events that move no figure', () => {
    expect(foldFigures([{ type: 'orders.order.canceled', occurred_at: at('10:00'), payload: {} }])).toEqual({
      hours: [],
      checkouts: [],
    });
  });
});
