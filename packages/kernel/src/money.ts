import { ValidationError } from './errors';

/** Money is an integer amount of minor units (cents) with an ISO 4217 currency; never a float. */
export type Money = { amount: number; currency: string };

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new ValidationError('Money amounts are integers in minor units.', [
      { pointer: '/amount', message: `${amount} is not an integer number of minor units` },
    ]);
  }
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new ValidationError('Currency must be an ISO 4217 code.', [
      { pointer: '/currency', message: `${currency} is not a three-letter ISO 4217 code` },
    ]);
  }
  return { amount, currency };
}

function same(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new ValidationError(`Cannot combine ${a.currency} with ${b.currency}.`);
}

export function addMoney(a: Money, b: Money): Money {
  same(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  same(a, b);
  return money(a.amount - b.amount, a.currency);
}

export function multiplyMoney(a: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) throw new ValidationError('Quantities are integers.');
  return money(a.amount * quantity, a.currency);
}

/**
 * An amount in minor units as `locale` writes it (`R$ 300,00`, `$ 12.990` for CLP): the currency's
 * own decimals from Intl, plain spaces for Intl's no-break ones (the text also goes to CSV files,
 * e-mail and WhatsApp). An unknown currency code: the raw minor units and the code.
 */
export function formatMinor(minor: number, currency: string, locale: string): string {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    return format
      .format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2))
      .replace(/[\u00a0\u202f]/g, ' ');
  } catch {
    return `${minor} ${currency}`;
  }
}
