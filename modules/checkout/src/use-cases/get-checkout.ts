import { type AppContext, withTransaction } from '@nexova/db';
import { NotFoundError } from '@nexova/kernel';
import { getPaymentIntent } from '@nexova/payments';
import type { Checkout } from '../contracts/checkout';
import { loadSagaWithSteps } from '../db/saga-store';
import type { SagaState } from '../domain/saga-states';

export type GetCheckoutInput = { orderId: string };

// An order's checkout saga: state, steps, the payment asked for; 404 when the order was never submitted.
export async function getCheckout({ ctx, input }: { ctx: AppContext; input: GetCheckoutInput }): Promise<Checkout> {
  return withTransaction(ctx, async (t) => {
    const found = await loadSagaWithSteps(t, input.orderId);
    if (!found)
      throw new NotFoundError(`Order ${input.orderId} has no checkout.`, {
        code: 'checkout_not_found',
      });
    const { saga, steps } = found;
    const payment = await getPaymentIntent({ ctx: t, input: { orderId: saga.orderId } });
    return {
      order_id: saga.orderId,
      state: saga.state as SagaState,
      attempt: saga.attempt,
      provider: saga.provider as Checkout['provider'],
      reservation_id: saga.reservationId,
      payment,
      deadline_at: saga.deadlineAt.toISOString(),
      last_error: saga.lastError,
      short_lines: saga.shortLines ?? null,
      steps: steps.map((s) => ({
        attempt: s.attempt,
        from_state: s.fromState as SagaState | null,
        to_state: s.toState as SagaState,
        reason: s.reason,
        created_at: s.createdAt.toISOString(),
      })),
      version: saga.version,
      created_at: saga.createdAt.toISOString(),
      updated_at: saga.updatedAt.toISOString(),
    };
  });
}
