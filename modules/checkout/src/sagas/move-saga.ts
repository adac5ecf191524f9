import type { TxContext } from '@nexova/db';
import { markHandled, publish } from '@nexova/events';
import { SAGA_EVENTS } from '../contracts/events/saga-events.v1';
import { insertStep, type SagaPatch, type SagaRow, writeSagaState } from '../db/saga-store';
import { canMove, type SagaState } from '../domain/saga-states';

/** The saga's consumer (its checkpoint and inbox key). */
export const SAGA_CONSUMER = 'checkout.saga';

/**
 * Moves the saga to `to` (refusing a move the table does not allow), records the step and publishes
 * `checkout.saga.<state>` — all in the caller's transaction. `handled`: the caller does the work
 * the saga's consumer would do on that event right away, in this transaction, so the event is
 * marked handled in the consumer's inbox (it is not woken for it; delivered, it is skipped).
 */
export async function moveSaga(
  t: TxContext,
  saga: SagaRow,
  to: SagaState,
  options: { reason?: string | null; patch?: SagaPatch; handled?: boolean } = {},
): Promise<SagaRow> {
  const from = saga.state as SagaState;
  if (!canMove(from, to)) throw new Error(`Checkout saga ${saga.orderId}: ${from} → ${to} is not a legal move.`);
  const moved = await writeSagaState(t, saga, to, options.patch);
  const eventId = await recordStep(t, moved, from, options.reason ?? null);
  if (options.handled) await markHandled(t.tx, SAGA_CONSUMER, eventId);
  return moved;
}

/** Records the saga's first step (started) and its event. */
export const recordStart = (t: TxContext, saga: SagaRow, reason: string | null) => recordStep(t, saga, null, reason);

/**
 * Appends a step to the saga's history and publishes `checkout.saga.<state>` for the state it is
 * now in. Returns the event's id.
 */
async function recordStep(t: TxContext, saga: SagaRow, from: SagaState | null, reason: string | null) {
  const to = saga.state as SagaState;
  await insertStep(t, saga, from, reason);
  const event = await publish(t, SAGA_EVENTS[to], {
    aggregateId: saga.orderId,
    payload: {
      order_id: saga.orderId,
      attempt: saga.attempt,
      from_state: from,
      state: to,
      provider: saga.provider,
      reservation_id: saga.reservationId,
      reason,
      ...(to === 'stock_failed' ? { short_lines: saga.shortLines ?? [] } : {}),
    },
  });
  return event.id;
}
