import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossedLow, normaliseLines } from './stock-rules';

const a = '00000000-0000-7000-8000-00000000000a';
const b = '00000000-0000-7000-8000-00000000000b';

describe('normaliseLines', () => {
  it('merges repeated variants and sorts by id', () => {
    expect(
      normaliseLines(
        [
          { variantId: b, quantity: 1 },
          { variantId: a, quantity: 2 },
          { variantId: b, quantity: 3 },
        ],
        10,
      ),
    ).toEqual([
      { variantId: a, quantity: 2 },
      { variantId: b, quantity: 4 },
    ]);
  });

  it('always yields a stable lock order whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ variantId: fc.uuid(), quantity: fc.integer({ min: 1, max: 9 }) }), { minLength: 1 }),
        (lines) => {
          const one = normaliseLines(lines, 1000);
          const other = normaliseLines([...lines].reverse(), 1000);
          expect(one).toEqual(other);
          expect(one.reduce((s, l) => s + l.quantity, 0)).toBe(lines.reduce((s, l) => s + l.quantity, 0));
        },
      ),
    );
  });

  it('rejects empty, non-positive and too many lines naming the field', () => {
    expect(() => normaliseLines([], 10)).toThrow(/at least one/);
    expect(() => normaliseLines([{ variantId: a, quantity: 0 }], 10)).toThrow(/positive/);
    expect(() =>
      normaliseLines(
        [
          { variantId: a, quantity: 1 },
          { variantId: b, quantity: 1 },
        ],
        1,
      ),
    ).toThrow(/at most 1/);
  });
});

describe('crossedLow', () => {
  it('fires only on the crossing', () => {
    const level = (onHand: number, reserved: number) => ({ onHand, reserved, lowStockThreshold: 5 });
    expect(crossedLow(level(10, 0), level(10, 5))).toBe(true);
    expect(crossedLow(level(10, 5), level(10, 6))).toBe(false);
    expect(crossedLow(level(10, 0), level(10, 4))).toBe(false);
  });
});
