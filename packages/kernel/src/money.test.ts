import { describe, expect, it } from 'vitest';
import { ValidationError } from './errors';
import { addMoney, money, multiplyMoney, subtractMoney } from './money';

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
