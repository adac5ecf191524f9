import { foldText } from './fold';
import { minorDigits, parseAmount, parseMinorUnits } from './price';

/** What is wrong with a row, naming its column (the header's name, lower case). */
export type RowProblem = { column: string; message: string };
export type ImportRow = {
  productKey: string;
  name: string;
  description: string | null;
  category: string | null;
  status: 'draft' | 'active' | 'archived';
  sku: string;
  options: Record<string, string>;
  /** Minor units of `currency`. */
  price: number;
  /** ISO 4217, upper case: the row's `currency` cell, else the import's currency. */
  currency: string;
  /** Units on hand to record for the new variant (0 when the column is absent or empty). */
  stock: number;
};

const STATUSES = ['draft', 'active', 'archived'] as const;

/** "must be an amount in BRL like 19.90 (at most 2 decimals, no thousands separator)". */
function amountHint(currency: string, digits: number): string {
  const example = digits === 0 ? '1500' : `19.${'9'.padEnd(digits, '0')}`;
  const decimals = digits === 0 ? 'no decimals' : `at most ${digits} decimals`;
  return `must be an amount in ${currency.toUpperCase()} like ${example} (${decimals}, no thousands separator)`;
}

/**
 * The row's price in minor units of its currency: `price_minor` (integer minor units, the API's own
 * form) or `price` (a decimal amount as people write it, converted exactly with the currency's
 * ISO 4217 digits, refused with more decimals than it has). A row may give both (a sheet exported
 * with both columns) only when they are the same price; otherwise it is refused naming `price`.
 */
function priceOf(
  raw: Record<string, string>,
  currency: string,
): { price: number; currency: string } | { problem: RowProblem } {
  const digits = /^[A-Z]{3}$/.test(currency) ? minorDigits(currency) : null;
  if (digits === null)
    return { problem: { column: 'currency', message: 'must be an ISO 4217 currency code such as BRL, USD or CLP' } };
  const minor = raw.price_minor ?? '';
  const decimal = raw.price ?? '';
  if (!minor && !decimal) return { problem: { column: 'price_minor', message: 'is required (or price)' } };
  const fromMinor = minor ? parseMinorUnits(minor) : null;
  if (minor && fromMinor === null)
    return {
      problem: { column: 'price_minor', message: `must be a whole number of minor units of ${currency}, 0 or more` },
    };
  const fromDecimal = decimal ? parseAmount(decimal, currency) : null;
  if (decimal && fromDecimal === null) return { problem: { column: 'price', message: amountHint(currency, digits) } };
  if (fromMinor !== null && fromDecimal !== null && fromMinor !== fromDecimal)
    return {
      problem: {
        column: 'price',
        message: `is ${decimal} ${currency} (${fromDecimal} minor units) but price_minor is ${fromMinor}: give one of them, or the same price in both`,
      },
    };
  return { price: (fromMinor ?? fromDecimal) as number, currency };
}

/** "size=M; colour=red" → { size: 'M', colour: 'red' }; null when malformed. */
export function parseOptions(raw: string): Record<string, string> | null {
  if (!raw.trim()) return {};
  const out: Record<string, string> = {};
  for (const part of raw.split(/[;|]/)) {
    if (!part.trim()) continue;
    const [k, ...rest] = part.split('=');
    const key = k?.trim();
    const value = rest.join('=').trim();
    if (!key || !value) return null;
    out[key] = value;
  }
  return out;
}

/** Validates one spreadsheet row (pure): the row to import, or the first problem found with its column. */
export function validateRow(
  raw: Record<string, string>,
  fallbackCurrency: string,
): { row: ImportRow } | { problem: RowProblem } {
  const name = raw.name ?? '';
  if (!name) return { problem: { column: 'name', message: 'is required' } };
  if (name.length > 200) return { problem: { column: 'name', message: 'is longer than 200 characters' } };
  const sku = raw.sku ?? '';
  if (!sku) return { problem: { column: 'sku', message: 'is required' } };
  if (sku.length > 64 || /\s/.test(sku))
    return { problem: { column: 'sku', message: 'must be at most 64 characters without spaces' } };
  const priced = priceOf(raw, (raw.currency || fallbackCurrency).toUpperCase());
  if ('problem' in priced) return priced;
  const { price, currency } = priced;
  const stockText = (raw.stock ?? '').trim();
  if (stockText && !/^\d{1,9}$/.test(stockText))
    return { problem: { column: 'stock', message: 'must be a whole number of units, 0 or more' } };
  const status = (raw.status || 'active').toLowerCase();
  if (!STATUSES.includes(status as ImportRow['status']))
    return { problem: { column: 'status', message: 'must be draft, active or archived' } };
  const options = parseOptions(raw.options ?? '');
  if (!options) return { problem: { column: 'options', message: 'must look like size=M; colour=red' } };
  return {
    row: {
      productKey: foldText(name),
      name,
      description: raw.description || null,
      category: raw.category || null,
      status: status as ImportRow['status'],
      sku,
      options,
      price,
      currency,
      stock: stockText ? Number(stockText) : 0,
    },
  };
}
