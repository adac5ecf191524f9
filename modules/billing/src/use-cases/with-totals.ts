import type { TxContext } from '@nexova/db';
import type { DiscountInput } from '../contracts/invoice';
import type { NewItem } from '../db/invoice-store';
import { findSettings } from '../db/settings-store';
import { invoiceTotals } from '../domain/invoice-math';

// Private to billing's use-cases: the items with their computed discount, tax and total, and the
// invoice's totals, at the workspace's current tax rate.

export type Priced<T extends NewItem> = {
  items: T[];
  taxRateBp: number;
  totals: { subtotal: number; discount: number; tax: number; total: number };
};

export async function withTotals<T extends NewItem>(
  t: TxContext,
  items: T[],
  discount: DiscountInput | null,
): Promise<Priced<T>> {
  const taxRateBp = (await findSettings(t))?.taxRateBp ?? 0;
  const d = (k: string | null, v: number | null) =>
    k && v !== null ? { kind: k as 'amount' | 'percent', value: v } : null;
  const result = invoiceTotals(
    items.map((i) => ({ quantity: i.quantity, unitPrice: i.unitPrice, discount: d(i.discountKind, i.discountValue) })),
    discount,
    taxRateBp,
  );
  const out = items.map((it, k) => {
    const r = result.items[k];
    return { ...it, discount: r?.discount ?? 0, tax: r?.tax ?? 0, total: r?.total ?? 0 };
  });
  const { subtotal, discount: disc, tax, total } = result;
  return { items: out, taxRateBp, totals: { subtotal, discount: disc, tax, total } };
}
