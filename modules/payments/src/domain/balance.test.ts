import { describe, expect, it } from 'vitest';
import { balanceOf, paidStatus } from './balance';

describe('balance', () => {
  it('is what remains, never negative', () => {
    expect(balanceOf(1000, 300)).toBe(700);
    expect(balanceOf(1000, 1000)).toBe(0);
    expect(balanceOf(1000, 1200)).toBe(0);
  });

  it('names the paid status', () => {
    expect(paidStatus(1000, 0)).toBe('unpaid');
    expect(paidStatus(1000, 1)).toBe('partial');
    expect(paidStatus(1000, 1000)).toBe('paid');
    expect(paidStatus(0, 0)).toBe('paid');
  });
});
