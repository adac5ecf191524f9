import { describe, expect, it } from 'vitest';
import { allocate, invoiceTotals, percentOf } from './invoice-math';

describe('invoice math', () => {
  it('rounds percents half up in basis points', () => {
    expect(percentOf(1005, 1000)).toBe(101); // 100.5 → 101
    expect(percentOf(1004, 1000)).toBe(100); // 100.4 → 100
    expect(percentOf(Number.MAX_SAFE_INTEGER, 10000)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('allocates exactly, largest remainder first, ties to the earlier item', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(10, [0, 5, 15])).toEqual([0, 3, 7]);
    expect(allocate(0, [1, 2])).toEqual([0, 0]);
  });

  it('applies item and invoice discounts, then tax per item; the items add up to the totals', () => {
    const t = invoiceTotals(
      [
        { quantity: 3, unitPrice: 3333, discount: { kind: 'percent', value: 1000 } }, // 9999 − 1000
        { quantity: 1, unitPrice: 5000, discount: { kind: 'amount', value: 700 } }, // 5000 − 700
        { quantity: 2, unitPrice: 1, discount: { kind: 'amount', value: 99 } }, // capped at 2
      ],
      { kind: 'percent', value: 500 },
      1250,
    );
    expect(t.subtotal).toBe(9999 + 5000 + 2);
    // net 8999 + 4300 + 0 = 13299; 5 % = 664.95 → 665, split 450 / 215 / 0
    expect(t.items.map((i) => i.discount)).toEqual([1000 + 450, 700 + 215, 2]);
    // tax 12.5 % of 8549 = 1068.625 → 1069; of 4085 = 510.625 → 511
    expect(t.items.map((i) => i.tax)).toEqual([1069, 511, 0]);
    expect(t.total).toBe(t.subtotal - t.discount + t.tax);
    expect(t.total).toBe(t.items.reduce((a, i) => a + i.total, 0));
    expect(t.total).toBe(8549 + 1069 + 4085 + 511);
  });
});
