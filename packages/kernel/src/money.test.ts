import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors';
import { addMoney, formatMinor, money, multiplyMoney, subtractMoney } from './money';

describe('money', () => {
  it('adds, subtracts and multiplies integer minor units', () => {
    const a = money(1050, 'BRL');
    expect(addMoney(a, money(25, 'BRL'))).toEqual({ amount: 1075, currency: 'BRL' });
    expect(subtractMoney(a, money(50, 'BRL'))).toEqual({ amount: 1000, currency: 'BRL' });
    expect(multiplyMoney(a, 3)).toEqual({ amount: 3150, currency: 'BRL' });
  });

  it('refuses floats, bad currencies and mixed currencies', () => {
    expect(() => money(10.5, 'BRL')).toThrow(ValidationError);
    expect(() => money(10, 'real')).toThrow(ValidationError);
    expect(() => addMoney(money(1, 'BRL'), money(1, 'ARS'))).toThrow(/Cannot combine/);
  });
});

describe('formatMinor', () => {
  it("writes minor units as the locale does, with the currency's own decimals and plain spaces", () => {
    expect(formatMinor(3900, 'BRL', 'pt-BR')).toBe('R$ 39,00');
    expect(formatMinor(12990, 'CLP', 'es')).toBe('12.990 CLP');
    expect(formatMinor(1990, 'USD', 'en')).toBe('$19.90');
    expect(formatMinor(1234, 'KWD', 'en')).toBe('KWD 1.234');
    expect(formatMinor(500, 'XYZ1', 'en')).toBe('500 XYZ1');
  });
});
