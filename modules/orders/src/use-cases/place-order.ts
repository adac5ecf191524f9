import { getDefaultCustomerAddress } from '@nexova/customers';
import { type AppContext, withTransaction } from '@nexova/db';
import { publish } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { orderPlaced } from '../contracts/events/order-events.v1';
import type { DeliveryInput, OrderDetail } from '../contracts/order';
import type { LineInput } from '../db/line-store';
import { insertNewOrder } from '../db/order-insert';
import { orderDetail, toDeliveryRow } from '../db/order-store';
import { deliveryFromAddress } from '../domain/delivery-from-address';
import { priceLines } from './price-lines';
import { resolveCustomerId } from './resolve-customer-id';

export type PlaceOrderInput = {
  lines: LineInput[];
  customerId?: string | null;
  /** Absent with a customer: prefilled from the customer's default address; null: no delivery. */
  delivery?: DeliveryInput | null;
  notes?: string | null;
  shippingFee?: number;
  maxLines?: number;
};

// Creates a draft order: lines priced from the catalog now, totals computed here, the workspace's next
// order number, history + event in one commit (the order's rows in one statement).
export async function placeOrder({ ctx, input }: { ctx: AppContext; input: PlaceOrderInput }): Promise<OrderDetail> {
  return withTransaction(ctx, async (t) => {
    const priced = await priceLines(t, {
      lines: input.lines,
      shippingFee: input.shippingFee ?? 0,
      maxLines: input.maxLines ?? 100,
    });
    const customerId = await resolveCustomerId(t, input.customerId);
    const delivery = input.delivery === undefined && customerId ? await defaultDelivery(t, customerId) : input.delivery;
    const id = newId();
    // Number, order, lines and history in one statement, which takes the workspace's counter lock last.
    const { row, lines, history } = await insertNewOrder(
      t,
      {
        id,
        customerId,
        currency: priced.currency,
        subtotal: priced.totals.subtotal,
        shippingFee: priced.totals.shippingFee,
        total: priced.totals.total,
        delivery: toDeliveryRow(delivery),
        notes: input.notes?.trim() || null,
      },
      priced.lines,
    );
    const number = row.number;
    await publish(t, orderPlaced, {
      aggregateId: id,
      payload: {
        order_id: id,
        number,
        customer_id: customerId,
        currency: priced.currency,
        total: priced.totals.total,
        lines: priced.lines.map((l) => ({ variant_id: l.variantId, quantity: l.quantity, unit_price: l.unitPrice })),
      },
    });
    return orderDetail(t, row, { lines, history: [history] });
  });
}

async function defaultDelivery(ctx: AppContext, customerId: string): Promise<DeliveryInput | null> {
  const address = await getDefaultCustomerAddress({ ctx, input: { customerId } });
  return address ? deliveryFromAddress(address) : null;
}
