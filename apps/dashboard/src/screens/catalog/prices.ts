import { money } from '../../format';

/** The currency's decimals (ISO 4217): 2 for BRL, 0 for CLP. */
export const digitsOf = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** A product's price, or its range when the variants differ. */
export function priceRange(prices: number[], currency: string, language: string): string {
  if (prices.length === 0) return '—';
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  return low === high
    ? money(low, currency, language)
    : `${money(low, currency, language)} – ${money(high, currency, language)}`;
}

/** `size=M; colour=red` ⇄ `{ size: 'M', colour: 'red' }` (the import's notation). */
export function parseOptions(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(';')) {
    const [key, ...rest] = part.split('=');
    if (key?.trim() && rest.length) out[key.trim()] = rest.join('=').trim();
  }
  return out;
}

export const formatOptions = (options: Record<string, unknown>) =>
  Object.entries(options)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('; ');
