import { type AppContext, withTransaction } from '@nexova/db';
import type { Payment } from '../contracts/payment';
import { type ReverseInput, reversePayment } from '../db/reverse-payment';

export type RefundPaymentInput = ReverseInput;

// Records a full refund of a payment to the customer; the balance grows by its amount.
export async function refundPayment({ ctx, input }: { ctx: AppContext; input: RefundPaymentInput }): Promise<Payment> {
  return withTransaction(ctx, (t) => reversePayment(t, 'refunded', input));
}
