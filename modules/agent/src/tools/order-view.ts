import type { OrderDetail } from '@nexova/orders';

/** The part of an order the agent talks about (no history, no versions). */
export const orderView = (o: OrderDetail) => ({
  order_id: o.id,
  number: o.number,
  status: o.status,
  lines: o.lines.map((l) => ({
    variant_id: l.variant_id,
    name: l.name,
    quantity: l.quantity,
    unit_price: l.unit_price,
  })),
  subtotal: o.subtotal,
  shipping_fee: o.shipping_fee,
  total: o.total,
  currency: o.currency,
  delivery: o.delivery,
});
export type OrderView = ReturnType<typeof orderView>;
