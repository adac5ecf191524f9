// Prices are integer minor units. Imports accept a decimal amount ("19.90", "19,90") and convert it
// exactly with string arithmetic, never floats.

const DIGITS: Record<string, number> = { JPY: 0, CLP: 0, PYG: 0, KRW: 0, KWD: 3, BHD: 3 };

export const minorDigits = (currency: string) => DIGITS[currency.toUpperCase()] ?? 2;

/** "19.90" → 1990 (for 2-decimal currencies); null when not a non-negative amount with at most that many decimals. */
export function parseAmount(raw: string, currency: string): number | null {
  const text = raw.trim().replace(/\s/g, '');
  const m = /^(\d{1,12})(?:[.,](\d+))?$/.exec(text);
  if (!m) return null;
  const digits = minorDigits(currency);
  const frac = m[2] ?? '';
  if (frac.length > digits) return null;
  return Number(m[1]) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
}
