import currencyCodes from 'currency-codes';

// Prices are integer minor units of a currency. Imports also accept a decimal amount ("19.90",
// "19,90") and convert it exactly with string arithmetic, never floats.

/**
 * The ISO 4217 minor-unit digits of a currency (JPY 0, CLP 0, BRL 2, COP 2, KWD 3 …), from the ISO
 * list itself (currency-codes); null for a code not in it. Not Intl: its CLDR digits differ from
 * ISO for some (COP 0 there, 2 in ISO and at Stripe).
 */
export function minorDigits(currency: string): number | null {
  return currencyCodes.code(currency.toUpperCase())?.digits ?? null;
}

/** "19.90" → 1990 (for 2-decimal currencies); null when not a non-negative amount with at most that many decimals. */
export function parseAmount(raw: string, currency: string): number | null {
  const text = raw.trim().replace(/\s/g, '');
  const m = /^(\d{1,12})(?:[.,](\d+))?$/.exec(text);
  if (!m) return null;
  const digits = minorDigits(currency);
  if (digits === null) return null;
  const frac = m[2] ?? '';
  if (frac.length > digits) return null;
  return Number(m[1]) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
}

/** "1990" → 1990: a whole number of minor units, 0 or more; null otherwise. */
export function parseMinorUnits(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{1,15}$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}
