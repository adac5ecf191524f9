// Folds a run of shop events into the writes they make to the figures (pure): the deltas per UTC
// hour and currency, and per order the checkout marks that stick. Applied with one upsert per table
// (db/figure-store.ts), the result equals applying the events one by one.

export type FigureEvent = { type: string; occurred_at: string; payload: unknown };
export type HourDelta = { hour: Date; currency: string; ordersPlaced: number; salesMinor: number };
/** What a run leaves of one order's checkout marks (null: the run did not move it). */
export type CheckoutMarks = { orderId: string; submittedAt: Date | null; completedAt: Date | null };

/** The UTC hour an instant falls in (the hourly table's key). */
export const hourOf = (at: Date) => new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);

type Money = { order_id: string; amount: number; currency: string };

/** The hourly change an event makes (null: it changes no hour). */
function hourChange(e: FigureEvent): { currency: string; ordersPlaced: number; salesMinor: number } | null {
  switch (e.type) {
    case 'orders.order.placed':
      return { currency: (e.payload as { currency: string }).currency, ordersPlaced: 1, salesMinor: 0 };
    case 'payments.payment.registered': {
      const p = e.payload as Money;
      return { currency: p.currency, ordersPlaced: 0, salesMinor: p.amount };
    }
    case 'payments.payment.voided':
    case 'payments.payment.refunded': {
      const p = e.payload as Money;
      return { currency: p.currency, ordersPlaced: 0, salesMinor: -p.amount };
    }
    default:
      return null;
  }
}

/**
 * Folds events (log order) into hourly deltas and checkout marks. A checkout's marks follow the
 * one-by-one rule: a submit moves the start while the checkout has not completed, the first
 * completion sticks — so the run keeps the last submit before its first completion, and that
 * completion. Whether the stored row had completed already is for the upsert to decide.
 */
export function foldFigures(events: readonly FigureEvent[]): { hours: HourDelta[]; checkouts: CheckoutMarks[] } {
  const hours = new Map<string, HourDelta>();
  const checkouts = new Map<string, CheckoutMarks>();
  for (const e of events) {
    const at = new Date(e.occurred_at);
    const change = hourChange(e);
    if (change) {
      const hour = hourOf(at);
      const key = `${hour.getTime()}|${change.currency}`;
      const row = hours.get(key) ?? { hour, currency: change.currency, ordersPlaced: 0, salesMinor: 0 };
      row.ordersPlaced += change.ordersPlaced;
      row.salesMinor += change.salesMinor;
      hours.set(key, row);
      continue;
    }
    if (e.type !== 'orders.order.submitted' && e.type !== 'checkout.saga.completed') continue;
    const orderId = (e.payload as { order_id: string }).order_id;
    const marks = checkouts.get(orderId) ?? { orderId, submittedAt: null, completedAt: null };
    checkouts.set(orderId, marks);
    if (marks.completedAt) continue; // completed within the run: later marks change nothing
    if (e.type === 'orders.order.submitted') marks.submittedAt = at;
    else marks.completedAt = at;
  }
  return { hours: [...hours.values()], checkouts: [...checkouts.values()] };
}
