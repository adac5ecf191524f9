import { describe, expect, it } from 'vitest';
import { render } from './messages';
import { memberGets, mergeSwitches, workspaceSwitches } from './switches';

describe('notification switches', () => {
  it('fills the defaults, keeps what the workspace set, and lets a member only turn off', () => {
    const ws = workspaceSwitches({ order_placed: { email: true }, stock_low: { in_app: false } });
    expect(ws.order_placed).toEqual({ in_app: true, email: true });
    expect(ws.stock_low).toEqual({ in_app: false, email: true });
    expect(memberGets(ws, { order_placed: { in_app: false } }, 'order_placed', 'in_app')).toBe(false);
    expect(memberGets(ws, { stock_low: { in_app: true } }, 'stock_low', 'in_app')).toBe(false);
    expect(memberGets(ws, null, 'order_placed', 'email')).toBe(true);
  });

  it('merges only the kinds and channels a change names', () => {
    expect(mergeSwitches({ order_paid: { email: false } }, { order_paid: { in_app: false }, stock_low: {} })).toEqual({
      order_paid: { email: false, in_app: false },
      stock_low: {},
    });
  });

  it("writes amounts in the currency's minor units and times in the workspace's zone", () => {
    const paid = render('order_paid', { number: 7, amount: 150_000, currency: 'CLP' }, 'es', 'UTC');
    expect(paid.body).toContain('150.000');
    const brl = render('order_paid', { number: 7, amount: 1500, currency: 'BRL' }, 'pt-BR', 'UTC');
    expect(brl.body).toContain('15,00');
    const visit = render('appointment_canceled', { starts_at: '2026-11-28T15:00:00Z' }, 'en', 'America/Sao_Paulo');
    expect(visit.body).toContain('12:00');
  });
});
