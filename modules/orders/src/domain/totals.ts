import { ValidationError } from '@nexova/kernel';

// Order money: integer minor units of one currency, never floats.

export type PricedLine = { unitPrice: number; quantity: number };
export type Totals = { subtotal: number; shippingFee: number; total: number };

const safe = (n: number, pointer: string) => {
  if (!Number.isSafeInteger(n))
    throw new ValidationError('The order total is too large.', [{ pointer, in: 'body', message: 'total overflows' }]);
  return n;
};

/** Subtotal of the lines, plus the shipping fee, as integer minor units. */
export function orderTotals(lines: PricedLine[], shippingFee = 0): Totals {
  let subtotal = 0;
  lines.forEach((l, i) => {
    subtotal = safe(subtotal + safe(l.unitPrice * l.quantity, `/lines/${i}/quantity`), '/lines');
  });
  return { subtotal, shippingFee, total: safe(subtotal + shippingFee, '/shipping_fee') };
}

/** Merges repeated variants (quantities add up), keeping first-seen order. */
export function mergeLines<T extends { variantId: string; quantity: number }>(lines: T[]): T[] {
  const merged = new Map<string, T>();
  for (const l of lines) {
    const prev = merged.get(l.variantId);
    merged.set(l.variantId, prev ? { ...prev, quantity: prev.quantity + l.quantity } : { ...l });
  }
  return [...merged.values()];
}
