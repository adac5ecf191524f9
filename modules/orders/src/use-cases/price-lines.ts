import { findSellableVariants } from '@nexova/catalog';
import type { TxContext } from '@nexova/db';
import { UnprocessableError, ValidationError } from '@nexova/kernel';
import type { LineInput, PricedLine } from '../db/line-store';
import { mergeLines, orderTotals, type Totals } from '../domain/totals';

// Private to placeOrder and updateOrder (not exported from the module).

/**
 * Prices the lines from catalog's exported query (name, SKU and price are snapshotted now) and
 * computes the totals. Unknown or inactive variants and mixed currencies answer 422 naming the line.
 */
export async function priceLines(
  t: TxContext,
  input: { lines: LineInput[]; shippingFee: number; maxLines: number },
): Promise<{ lines: PricedLine[]; currency: string; totals: Totals }> {
  const merged = mergeLines(input.lines);
  if (merged.length === 0)
    throw new ValidationError('An order needs at least one line.', [
      { pointer: '/lines', in: 'body', message: 'must contain at least one line' },
    ]);
  if (merged.length > input.maxLines)
    throw new ValidationError(`An order may hold at most ${input.maxLines} distinct variants.`, [
      { pointer: '/lines', in: 'body', message: `at most ${input.maxLines} distinct variants` },
    ]);
  const found = await findSellableVariants({ ctx: t, input: { variantIds: merged.map((l) => l.variantId) } });
  const problems: { pointer: string; in: 'body'; message: string; code: string }[] = [];
  const currencies = new Set<string>();
  const lines = merged.map((l, i) => {
    const v = found.get(l.variantId);
    if (v?.productStatus !== 'active') {
      problems.push({
        pointer: `/lines/${i}/variant_id`,
        in: 'body',
        message: v ? 'the product is not active' : 'no such variant in this workspace',
        code: 'variant_unavailable',
      });
      return { ...l, sku: '', name: '', unitPrice: 0 };
    }
    currencies.add(v.currency);
    return { ...l, sku: v.sku, name: v.name, unitPrice: v.price };
  });
  if (problems.length > 0)
    throw new UnprocessableError(`${problems.length} line(s) cannot be sold.`, {
      code: 'order_lines_unavailable',
      errors: problems,
    });
  if (currencies.size > 1)
    throw new UnprocessableError('Every line of an order must be priced in one currency.', {
      code: 'order_mixed_currency',
      errors: [{ pointer: '/lines', in: 'body', message: `mixes ${[...currencies].join(', ')}` }],
    });
  return { lines, currency: [...currencies][0] as string, totals: orderTotals(lines, input.shippingFee) };
}
