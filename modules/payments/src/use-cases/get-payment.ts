import { type AppContext, withTransaction } from '@nexova/db';
import type { Payment } from '../contracts/payment';
import { attachmentsOf, mustLoadPayment } from '../db/payment-store';
import { type ReceiptFiles, toPayment } from './payment-view';

export type GetPaymentInput = { paymentId: string; files?: ReceiptFiles };

// One payment with its receipts (signed URLs); 404 for another workspace's id.
export async function getPayment({ ctx, input }: { ctx: AppContext; input: GetPaymentInput }): Promise<Payment> {
  return withTransaction(ctx, async (t) => {
    const p = await mustLoadPayment(t, input.paymentId);
    return toPayment(p, (await attachmentsOf(t, [p.id])).get(p.id) ?? [], input.files?.signer);
  });
}
