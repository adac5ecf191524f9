import { listProducts } from '@nexova/catalog';
import { listCustomers } from '@nexova/customers';
import { type AppContext, withTransaction, workspaceOf } from '@nexova/db';
import { eq } from 'drizzle-orm';
import { orders } from '../db/schema';
import { placeOrder } from './place-order';
import { submitOrder } from './submit-order';

const DEMO_NOTE = 'Demo order';

// Idempotent demo orders for a workspace seeded with the demo catalog: one awaiting payment, one draft.
export async function seedDemoOrders({ ctx }: { ctx: AppContext }): Promise<string[]> {
  const seeded = await withTransaction(ctx, async (t) => {
    const [row] = await t.tx
      .select({ id: orders.id })
      .from(orders)
      .where(eq(orders.workspaceId, workspaceOf(t)))
      .limit(1);
    return !!row;
  });
  if (seeded) return [];
  const variants = (await listProducts({ ctx, input: { status: 'active', inStock: true, limit: 10 } })).items.flatMap(
    (p) => p.variants,
  );
  const [first, second] = variants;
  if (!first || !second) return [];
  const customer = (await listCustomers({ ctx, input: { limit: 1 } })).items[0];
  const confirmed = await placeOrder({
    ctx,
    input: {
      customerId: customer?.id ?? null,
      lines: [
        { variantId: first.id, quantity: 2 },
        { variantId: second.id, quantity: 1 },
      ],
      delivery: { method: 'delivery', recipient: customer?.name ?? 'Cliente', address: 'Rua Augusta 100' },
      shippingFee: 1500,
      notes: DEMO_NOTE,
    },
  });
  // Confirmed: the checkout saga holds its stock and waits (a week, for the demo) for its payment.
  const deadline = Date.now() + 7 * 86_400_000;
  const checkout = { paymentProvider: 'manual', paymentDeadline: new Date(deadline), holdUntil: new Date(deadline) };
  await submitOrder({ ctx, input: { orderId: confirmed.id, reason: 'demo', checkout } });
  await placeOrder({
    ctx,
    input: { lines: [{ variantId: first.id, quantity: 1 }], delivery: { method: 'pickup' }, notes: DEMO_NOTE },
  });
  return ['orders: 2 demo orders (one awaiting payment, one draft)'];
}
