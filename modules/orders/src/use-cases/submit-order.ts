import { type AppContext, type TxContext, withTransaction } from '@nexova/db';
import { markHandled, publish } from '@nexova/events';
import { getAvailability } from '@nexova/inventory';
import { UnprocessableError } from '@nexova/kernel';
import { orderSubmitted } from '../contracts/events/order-events.v1';
import type { OrderDetail } from '../contracts/order';
import { type LineRow, orderDetail } from '../db/order-store';
import { applyTransition, type TransitionInput, transitionPayload } from './apply-transition';

export type SubmitOrderInput = TransitionInput & {
  /** What the checkout saga needs to know (provider null = the configured default). */
  checkout: { paymentProvider: string | null; paymentDeadline: Date; holdUntil: Date };
  /**
   * Consumers that do the work of `orders.order.submitted` in this same transaction (checkout's
   * checkoutOrder starts its saga here): the event is marked handled in their inboxes, so they are
   * not woken to find that out themselves.
   */
  handledBy?: readonly string[];
};

// draft → pending and `orders.order.submitted` in one commit: the checkout saga takes it from there
// (holds the stock, asks for the payment). The order can no longer be edited. Refuses up front (422
// `order_stock_unavailable`, each short line with its SKU, requested and available) when the stock
// is not there now; a sale racing it can still make the saga's reservation fail (stock_failed).
// "Submit" is not "confirmed": status `confirmed` (orders.order.confirmed) means paid. Staff submit
// through checkout's checkoutOrder (POST /orders/{order_id}/submit), which starts the saga in the
// same commit so GET /orders/{order_id}/checkout answers at once.
export async function submitOrder({ ctx, input }: { ctx: AppContext; input: SubmitOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const moved = await applyTransition(t, 'submit', input, async (_order, lines) => {
      await assertAvailable(t, lines);
      return undefined;
    });
    const submitted = await publish(t, orderSubmitted, {
      aggregateId: moved.after.id,
      payload: {
        ...transitionPayload(moved),
        total: moved.after.total,
        currency: moved.after.currency,
        payment_provider: input.checkout.paymentProvider,
        payment_deadline: input.checkout.paymentDeadline.toISOString(),
        hold_until: input.checkout.holdUntil.toISOString(),
      },
    });
    for (const consumer of input.handledBy ?? []) await markHandled(t.tx, consumer, submitted.id);
    return orderDetail(t, moved.after, moved.parts);
  });
}

/** Refuses (422) when a variant's stock does not cover the order's lines. */
async function assertAvailable(t: TxContext, lines: LineRow[]): Promise<void> {
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
