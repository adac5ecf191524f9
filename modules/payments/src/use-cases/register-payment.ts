import { type AppContext, withTransaction } from '@nexova/db';
import type { Payment, PaymentMethod } from '../contracts/payment';
import { type ReceiptFiles, toPayment } from './payment-view';
import { recordPayment } from './record-payment';

export type RegisterPaymentInput = {
  orderId: string;
  amount: number;
  method: PaymentMethod;
  /** Must match the order's currency when given. */
  currency?: string;
  reference?: string | null;
  note?: string | null;
  files?: ReceiptFiles;
};

// Records money received for an order (partial allowed); 422 when it exceeds the balance. The order's
// account row lock serialises concurrent payments, so they can never overpay together. Paying the
// order in full also settles its manual payment intent (payments.intent.succeeded).
export async function registerPayment({
  ctx,
  input,
}: {
  ctx: AppContext;
  input: RegisterPaymentInput;
}): Promise<Payment> {
  return withTransaction(ctx, async (t) => {
    const { files, ...payment } = input;
    const { row } = await recordPayment(t, payment);
    return toPayment(row, [], files?.signer);
  });
}
