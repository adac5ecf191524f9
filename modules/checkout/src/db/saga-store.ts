import { queryable, type TxContext } from '@nexova/db';
import { publish } from '@nexova/events';
import { newId } from '@nexova/kernel';
import { and, asc, eq, sql } from 'drizzle-orm';
import { SAGA_EVENTS } from '../contracts/events/saga-events.v1';
import { canMove, type SagaState } from '../domain/saga-states';
import { sagaSteps, sagas } from './schema';

export type SagaRow = typeof sagas.$inferSelect;
type Patch = Partial<
  Pick<SagaRow, 'reservationId' | 'compensations' | 'lastError' | 'deadlineAt' | 'holdUntil' | 'attempt' | 'provider'>
>;

export const workspaceOf = (t: TxContext) => t.workspaceId as string;

/** The saga of an order, locked FOR UPDATE when `lock` (steps and signals serialise on this row). */
export async function loadSaga(t: TxContext, orderId: string, lock = false): Promise<SagaRow | null> {
  const query = queryable(t)
    .select()
    .from(sagas)
    .where(and(eq(sagas.workspaceId, workspaceOf(t)), eq(sagas.orderId, orderId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Creates the saga in STARTED; null when one already exists (a concurrent or repeated start). */
export async function insertSaga(
  t: TxContext,
  input: { orderId: string; provider: string | null; deadlineAt: Date; holdUntil: Date },
): Promise<SagaRow | null> {
  const [row] = await t.tx
    .insert(sagas)
    .values({ ...input, workspaceId: workspaceOf(t), state: 'STARTED' })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/**
 * Moves the saga to `to` (refusing a move the table does not allow), records the step and publishes
 * `orders.saga.<state>` — all in the caller's transaction.
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
  const reason = options.reason ?? null;
  await t.tx.insert(sagaSteps).values({
    id: newId(),
    workspaceId: saga.workspaceId,
    orderId: saga.orderId,
    attempt: moved.attempt,
    fromState: from,
    toState: to,
    reason,
  });
  await publish(t, SAGA_EVENTS[to], {
    aggregateId: saga.orderId,
    payload: {
      order_id: saga.orderId,
      attempt: moved.attempt,
      from_state: from,
      state: to,
      provider: moved.provider,
      reservation_id: moved.reservationId,
      reason,
    },
  });
  return moved;
}

/** Records the saga's first step (STARTED) and its event. */
export async function recordStart(t: TxContext, saga: SagaRow, reason: string | null): Promise<void> {
  await t.tx.insert(sagaSteps).values({
    id: newId(),
    workspaceId: saga.workspaceId,
    orderId: saga.orderId,
    attempt: saga.attempt,
    fromState: null,
    toState: 'STARTED',
    reason,
  });
  await publish(t, SAGA_EVENTS.STARTED, {
    aggregateId: saga.orderId,
    payload: {
      order_id: saga.orderId,
      attempt: saga.attempt,
      from_state: null,
      state: 'STARTED',
      provider: saga.provider,
      reservation_id: null,
      reason,
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

/** Sagas that have not ended, oldest first (the resume sweep and operators). */
export const openStatesSql = sql`${sagas.state} in ('STARTED', 'STOCK_RESERVED', 'PAYMENT_PENDING')`;
