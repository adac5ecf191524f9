import { describe, expect, it } from 'vitest';
import { mergeLines, orderTotals } from './totals';

describe('order totals', () => {
  it('adds lines and shipping in minor units', () => {
    expect(
      orderTotals(
        [
          { unitPrice: 1990, quantity: 3 },
          { unitPrice: 5, quantity: 1 },
        ],
        1000,
      ),
    ).toEqual({ subtotal: 5975, shippingFee: 1000, total: 6975 });
    expect(orderTotals([])).toEqual({ subtotal: 0, shippingFee: 0, total: 0 });
  });

  it('refuses totals beyond safe integers naming the field', () => {
    expect(() => orderTotals([{ unitPrice: Number.MAX_SAFE_INTEGER, quantity: 2 }])).toThrow(/too large/);
  });

  it('merges repeated variants', () => {
    expect(
      mergeLines([
        { variantId: 'a', quantity: 1 },
        { variantId: 'b', quantity: 2 },
        { variantId: 'a', quantity: 4 },
      ]),
    ).toEqual([
      { variantId: 'a', quantity: 5 },
      { variantId: 'b', quantity: 2 },
    ]);
  });
});
