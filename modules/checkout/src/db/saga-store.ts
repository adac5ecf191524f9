import { queryable, type TxContext, workspaceOf } from '@nexova/db';
import { publish } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { and, asc, eq } from 'drizzle-orm';
import { SAGA_EVENTS } from '../contracts/events/saga-events.v1';
import { canMove, type SagaState } from '../domain/saga-states';
import { sagaSteps, sagas } from './schema';

export type SagaRow = typeof sagas.$inferSelect;
type Patch = Partial<
  Pick<
    SagaRow,
    'reservationId' | 'compensations' | 'lastError' | 'deadlineAt' | 'holdUntil' | 'attempt' | 'provider' | 'shortLines'
  >
>;

/** The saga of an order, locked FOR UPDATE when `lock` (steps and signals serialise on this row). */
export async function loadSaga(t: TxContext, orderId: string, lock = false): Promise<SagaRow | null> {
  const query = queryable(t)
    .select()
    .from(sagas)
    .where(and(eq(sagas.workspaceId, workspaceOf(t)), eq(sagas.orderId, orderId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Creates the saga in started; null when one already exists (a concurrent or repeated start). */
export async function insertSaga(
  t: TxContext,
  input: { orderId: string; provider: string | null; deadlineAt: Date; holdUntil: Date },
): Promise<SagaRow | null> {
  const [row] = await t.tx
    .insert(sagas)
    .values({ ...input, workspaceId: workspaceOf(t), state: 'started' })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/**
 * Moves the saga to `to` (refusing a move the table does not allow), records the step and publishes
 * `checkout.saga.<state>` — all in the caller's transaction.
 */
export async function moveSaga(
  t: TxContext,
  saga: SagaRow,
  to: SagaState,
  options: { reason?: string | null; patch?: Patch } = {},
): Promise<SagaRow> {
  const from = saga.state as SagaState;
  if (!canMove(from, to)) throw new Error(`Checkout saga ${saga.orderId}: ${from} → ${to} is not a legal move.`);
  const [row] = await t.tx
    .update(sagas)
    .set({ ...options.patch, state: to, version: saga.version + 1, updatedAt: new Date() })
    .where(and(eq(sagas.workspaceId, saga.workspaceId), eq(sagas.orderId, saga.orderId)))
    .returning();
  const moved = row as SagaRow;
  await recordStep(t, moved, from, options.reason ?? null);
  return moved;
}

/** Records the saga's first step (started) and its event. */
export const recordStart = (t: TxContext, saga: SagaRow, reason: string | null) => recordStep(t, saga, null, reason);

/** Appends a step to the saga's history and publishes `checkout.saga.<state>` for the state it is now in. */
async function recordStep(t: TxContext, saga: SagaRow, from: SagaState | null, reason: string | null) {
  const to = saga.state as SagaState;
  await t.tx.insert(sagaSteps).values({
    id: newId(),
    workspaceId: saga.workspaceId,
    orderId: saga.orderId,
    attempt: saga.attempt,
    fromState: from,
    toState: to,
    reason,
  });
  await publish(t, SAGA_EVENTS[to], {
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
}

export async function stepsOf(t: TxContext, orderId: string) {
  return queryable(t)
    .select()
    .from(sagaSteps)
    .where(and(eq(sagaSteps.workspaceId, workspaceOf(t)), eq(sagaSteps.orderId, orderId)))
    .orderBy(asc(sagaSteps.id));
}
