// Invoice arithmetic in exact integer minor units (pure). Rounding, documented once:
// - a percent discount is in basis points (1250 = 12.5 %); percent amounts round half up per item;
// - an amount discount never exceeds what it discounts;
// - the invoice discount is split over the items in proportion to their net (largest remainder,
//   ties to the earlier item), so the items' discounts add up to it exactly;
// - tax is the workspace rate (basis points) on each item's net after discounts, rounded half up per item;
// - total = subtotal − discount + tax, and equals the sum of the items' totals.
// BigInt inside the products, so quantity × price × rate never loses precision.

export type Discount = { kind: 'amount' | 'percent'; value: number } | null;
export type ItemIn = { quantity: number; unitPrice: number; discount: Discount };
export type ItemOut = { gross: number; discount: number; tax: number; total: number };
export type Totals = { items: ItemOut[]; subtotal: number; discount: number; tax: number; total: number };

/** a × bp / 10000 rounded half up (a, bp ≥ 0). */
export function percentOf(a: number, bp: number): number {
  return Number((BigInt(a) * BigInt(bp) * 2n + 10000n) / 20000n);
}

const discountOf = (base: number, d: Discount): number =>
  d === null ? 0 : d.kind === 'amount' ? Math.min(d.value, base) : percentOf(base, d.value);

/** Splits `amount` over `weights` in proportion (largest remainder); the parts add up to `amount`. */
export function allocate(amount: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || amount === 0) return weights.map(() => 0);
  const exact = weights.map((w) => BigInt(amount) * BigInt(w));
  const parts = exact.map((e) => Number(e / BigInt(sum)));
  let left = amount - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, rem: e % BigInt(sum) }))
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

export function invoiceTotals(items: ItemIn[], invoiceDiscount: Discount, taxRateBp: number): Totals {
  const gross = items.map((i) => Number(BigInt(i.quantity) * BigInt(i.unitPrice)));
  const own = items.map((i, k) => discountOf(gross[k] ?? 0, i.discount));
  const net = gross.map((g, k) => g - (own[k] ?? 0));
  const netSum = net.reduce((a, b) => a + b, 0);
  const shares = allocate(discountOf(netSum, invoiceDiscount), net);
  const out = items.map((_, k) => {
    const taxable = (net[k] ?? 0) - (shares[k] ?? 0);
    const tax = percentOf(taxable, taxRateBp);
    return { gross: gross[k] ?? 0, discount: (own[k] ?? 0) + (shares[k] ?? 0), tax, total: taxable + tax };
  });
  const sum = (f: (o: ItemOut) => number) => out.reduce((a, o) => a + f(o), 0);
  return {
    items: out,
    subtotal: sum((o) => o.gross),
    discount: sum((o) => o.discount),
    tax: sum((o) => o.tax),
    total: sum((o) => o.total),
  };
}
