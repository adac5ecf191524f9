import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from './price';

describe('parseAmount', () => {
  it('converts decimal amounts to minor units exactly', () => {
    expect(parseAmount('19.90', 'BRL')).toBe(1990);
    expect(parseAmount('19,9', 'ARS')).toBe(1990);
    expect(parseAmount('7', 'USD')).toBe(700);
    expect(parseAmount('1500', 'CLP')).toBe(1500);
    expect(parseAmount('0.001', 'KWD')).toBe(1);
  });

  it('refuses negatives, junk and too many decimals', () => {
    for (const bad of ['-1', 'abc', '1.999', '', '1.2.3']) expect(parseAmount(bad, 'BRL')).toBeNull();
    expect(parseAmount('10.5', 'CLP')).toBeNull();
  });

  it('property: formatting minor units and parsing them back is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (minor) => {
        const text = `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
        expect(parseAmount(text, 'EUR')).toBe(minor);
      }),
    );
  });
});
