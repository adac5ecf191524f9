import { ValidationError } from '@nexova/kernel';

export type StockLine = { variantId: string; quantity: number };
export type Levels = { onHand: number; reserved: number; lowStockThreshold: number };

export const availableOf = (l: Pick<Levels, 'onHand' | 'reserved'>) => l.onHand - l.reserved;

/**
 * Merges repeated variants and sorts lines by variant id: every transaction that locks stock rows
 * locks them in this one order, so two reservations can never wait on each other (no deadlock).
 */
export function normaliseLines(lines: StockLine[], maxLines: number): StockLine[] {
  if (lines.length === 0)
    throw new ValidationError('A reservation needs at least one line.', [
      { pointer: '/lines', in: 'body', message: 'must contain at least one line' },
    ]);
  const merged = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!Number.isInteger(line.quantity) || line.quantity <= 0)
      throw new ValidationError('Quantities must be positive integers.', [
        { pointer: `/lines/${i}/quantity`, in: 'body', message: 'must be a positive integer' },
      ]);
    merged.set(line.variantId, (merged.get(line.variantId) ?? 0) + line.quantity);
  });
  if (merged.size > maxLines)
    throw new ValidationError(`A reservation may hold at most ${maxLines} variants.`, [
      { pointer: '/lines', in: 'body', message: `at most ${maxLines} distinct variants` },
    ]);
  return [...merged.entries()]
    .map(([variantId, quantity]) => ({ variantId, quantity }))
    .sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
}

/** True when available went from above the threshold to at or below it (the only moment to alert). */
export function crossedLow(before: Levels, after: Levels): boolean {
  return availableOf(before) > before.lowStockThreshold && availableOf(after) <= after.lowStockThreshold;
}

export const DEFAULT_RESERVATION_TTL_SECONDS = 900;
export const DEFAULT_MAX_LINES = 100;
