import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorDigits, parseAmount, parseMinorUnits } from './price';

describe('parseAmount', () => {
  it('converts decimal amounts to minor units exactly', () => {
    expect(parseAmount('19.90', 'BRL')).toBe(1990);
    expect(parseAmount('19,9', 'ARS')).toBe(1990);
    expect(parseAmount('7', 'USD')).toBe(700);
    expect(parseAmount('1500', 'CLP')).toBe(1500);
    expect(parseAmount('0.001', 'KWD')).toBe(1);
    expect(parseAmount('4500.50', 'COP')).toBe(450050);
  });

  it("takes the ISO 4217 digits (not CLDR's: COP has 2) and knows no made-up code", () => {
    expect(['JPY', 'CLP', 'BRL', 'COP', 'KWD', 'usd'].map(minorDigits)).toEqual([0, 0, 2, 2, 3, 2]);
    expect(minorDigits('XYZ')).toBeNull();
    expect(parseAmount('1', 'XYZ')).toBeNull();
  });

  it('parses whole minor units only', () => {
    expect(parseMinorUnits(' 1990 ')).toBe(1990);
    for (const bad of ['19.90', '-1', '1e3', '', '9999999999999999']) expect(parseMinorUnits(bad)).toBeNull();
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
