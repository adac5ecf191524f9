import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePhone } from './phone';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

// Brazil's area codes (DDD) in use.
const DDD = [
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48,
  49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69, 71, 73, 74, 75, 77, 79, 81, 82, 83, 84, 85, 86, 87, 88, 89,
  91, 92, 93, 94, 95, 96, 97, 98, 99,
];

describe('normalisePhone', () => {
  it('writes E.164 from local and international spellings', () => {
    expect(normalisePhone('(11) 98765-4321', 'BR')).toEqual({ e164: '+5511987654321', matchKey: '+5511987654321' });
    expect(normalisePhone('+55 11 98765-4321', 'AR')?.e164).toBe('+5511987654321');
    expect(normalisePhone('+1 (415) 555-2671', 'BR')?.e164).toBe('+14155552671');
  });

  it('adds the Brazilian ninth digit so both WhatsApp forms are one person', () => {
    expect(normalisePhone('+55 11 8765-4321', 'BR')).toEqual(normalisePhone('+55 11 98765-4321', 'BR'));
    // A landline (subscriber starting 2-5) is left alone.
    expect(normalisePhone('+55 11 3456-7890', 'BR')?.e164).toBe('+551134567890');
  });

  it('property: any Brazilian mobile matches with or without the ninth digit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DDD), fc.integer({ min: 6, max: 9 }), digits(7), (ddd, first, rest) => {
        const withNine = normalisePhone(`+55${ddd}9${first}${rest}`, 'BR');
        const without = normalisePhone(`+55${ddd}${first}${rest}`, 'BR');
        expect(withNine?.e164).toBe(`+55${ddd}9${first}${rest}`);
        expect(without?.matchKey).toBe(withNine?.matchKey);
      }),
    );
  });

  it('matches Argentine mobiles written with 9, without it, or locally with 15', () => {
    const keys = ['+54 9 11 1234-5678', '+54 11 1234-5678', '011 15 1234-5678'].map(
      (n) => normalisePhone(n, 'AR')?.matchKey,
    );
    expect(new Set(keys)).toEqual(new Set(['+541112345678']));
  });

  it('property: Argentine mobiles match across the 9 and 15 spellings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), digits(7), (first, rest) => {
        const number = `${first}${rest}`;
        const intl = normalisePhone(`+54 9 11 ${number}`, 'AR');
        expect(normalisePhone(`+54 11 ${number}`, 'AR')?.matchKey).toBe(intl?.matchKey);
        expect(normalisePhone(`011 15 ${number}`, 'AR')?.matchKey).toBe(intl?.matchKey);
      }),
    );
  });

  it('drops the retired Mexican mobile 1 and refuses what is not a phone', () => {
    expect(normalisePhone('+52 1 55 1234 5678', 'MX')?.matchKey).toBe(
      normalisePhone('+52 55 1234 5678', 'MX')?.matchKey,
    );
    expect(normalisePhone('abc', 'BR')).toBeNull();
    expect(normalisePhone('123', 'BR')).toBeNull();
  });
});
