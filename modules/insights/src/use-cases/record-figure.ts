import { type AppContext, withTransaction } from '@nexova/db';
import type { EventEnvelope } from '@nexova/events';
import { addToHour, markCheckout } from '../db/figure-store';

type Money = { order_id: string; amount: number; currency: string };

// Folds one shop event into the workspace's figures (the insights.figures consumer, and a rebuild
// replaying the log): an order placed counts in its hour; money registered adds to that hour's sales
// and money voided or refunded takes from it; a checkout's submit and completion time it.
export async function recordFigure({ ctx, input }: { ctx: AppContext; input: { event: EventEnvelope } }) {
  const { event } = input;
  const at = new Date(event.occurred_at);
  await withTransaction(ctx, async (t) => {
    switch (event.type) {
      case 'orders.order.placed': {
        const p = event.payload as { currency: string };
        return addToHour(t, at, p.currency, { ordersPlaced: 1 });
      }
      case 'payments.payment.registered': {
        const p = event.payload as Money;
        return addToHour(t, at, p.currency, { salesMinor: p.amount });
      }
      case 'payments.payment.voided':
      case 'payments.payment.refunded': {
        const p = event.payload as Money;
        return addToHour(t, at, p.currency, { salesMinor: -p.amount });
      }
      case 'orders.order.submitted':
        return markCheckout(t, (event.payload as { order_id: string }).order_id, 'submitted', at);
      case 'checkout.saga.completed':
        return markCheckout(t, (event.payload as { order_id: string }).order_id, 'completed', at);
    }
  });
}
