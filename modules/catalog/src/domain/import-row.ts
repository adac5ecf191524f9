import { foldText } from './fold';
import { parseAmount } from './price';

export type RowProblem = { field: string; message: string };
export type ImportRow = {
  productKey: string;
  name: string;
  description: string | null;
  category: string | null;
  status: 'draft' | 'active' | 'archived';
  sku: string;
  options: Record<string, string>;
  price: number;
};

const STATUSES = ['draft', 'active', 'archived'] as const;

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
  currency: string,
): { row: ImportRow } | { problem: RowProblem } {
  const name = raw.name ?? '';
  if (!name) return { problem: { field: 'name', message: 'is required' } };
  if (name.length > 200) return { problem: { field: 'name', message: 'is longer than 200 characters' } };
  const sku = raw.sku ?? '';
  if (!sku) return { problem: { field: 'sku', message: 'is required' } };
  if (sku.length > 64 || /\s/.test(sku))
    return { problem: { field: 'sku', message: 'must be at most 64 characters without spaces' } };
  const price = parseAmount(raw.price ?? '', currency);
  if (price === null) return { problem: { field: 'price', message: 'must be a non-negative amount like 19.90' } };
  const status = (raw.status || 'active').toLowerCase();
  if (!STATUSES.includes(status as ImportRow['status']))
    return { problem: { field: 'status', message: 'must be draft, active or archived' } };
  const options = parseOptions(raw.options ?? '');
  if (!options) return { problem: { field: 'options', message: 'must look like size=M; colour=red' } };
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
    },
  };
}
