import { type AppContext, withTransaction } from '@nexova/db';
import type { Payment } from '../contracts/payment';
import { type ReverseInput, reversePayment } from './reverse-payment';

export type VoidPaymentInput = ReverseInput;

// Voids a payment registered by mistake (no money moved back); the balance grows by its amount.
export async function voidPayment({ ctx, input }: { ctx: AppContext; input: VoidPaymentInput }): Promise<Payment> {
  return withTransaction(ctx, (t) => reversePayment(t, 'voided', input));
}
