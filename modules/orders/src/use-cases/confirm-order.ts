import { type AppContext, type TxContext, withTransaction } from '@nexova/db';
import { getAvailability } from '@nexova/inventory';
import { UnprocessableError } from '@nexova/kernel';
import type { OrderDetail } from '../contracts/order';
import { linesOf, type OrderRow } from '../db/order-store';
import { type TransitionInput, transitionOrder } from '../db/transition';

export type ConfirmOrderInput = TransitionInput & { checkout: NonNullable<TransitionInput['checkout']> };

// draft → pending and `orders.order.submitted` in one commit: the checkout saga takes it from there
// (holds the stock, asks for the payment). The order can no longer be edited. Refuses up front (422
// `order_stock_unavailable`, each short line with its SKU, requested and available) when the stock
// is not there now; a sale racing it can still make the saga's reservation fail (stock_failed).
export async function confirmOrder({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: ConfirmOrderInput;
}): Promise<OrderDetail> {
  return withTransaction(ctx, (t) =>
    transitionOrder(t, 'confirm', input, async (order) => {
      await assertAvailable(t, order);
      return {};
    }),
  );
}

async function assertAvailable(t: TxContext, order: OrderRow): Promise<void> {
  const lines = await linesOf(t, order.id);
  const wanted = new Map<string, number>();
  for (const l of lines) wanted.set(l.variantId, (wanted.get(l.variantId) ?? 0) + l.quantity);
  const available = await getAvailability({ ctx: t, input: { variantIds: [...wanted.keys()] } });
  const short = lines
    .map((l, i) => ({
      pointer: `/lines/${i}`,
      variant_id: l.variantId,
      sku: l.sku,
      // A variant on two lines needs both quantities: each of its lines names the variant's total.
      requested: wanted.get(l.variantId) ?? l.quantity,
      available: available.get(l.variantId) ?? 0,
    }))
    .filter((l) => l.requested > l.available);
  if (short.length === 0) return;
  throw new UnprocessableError(
    `Not enough stock for ${short.length} of ${lines.length} lines: ${short
      .map((s) => `${s.sku} requested ${s.requested}, available ${s.available}`)
      .join('; ')}.`,
    {
      code: 'order_stock_unavailable',
      errors: short.map((s) => ({
        pointer: s.pointer,
        code: 'insufficient_stock',
        message: `${s.sku}: requested ${s.requested}, available ${s.available}`,
      })),
      extensions: { lines: short },
    },
  );
}
