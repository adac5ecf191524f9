import { queryable, type TxContext, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { and, asc, eq } from 'drizzle-orm';
import type { SagaState } from '../domain/saga-states';
import { sagaSteps, sagas } from './schema';

export type SagaRow = typeof sagas.$inferSelect;
export type SagaPatch = Partial<
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

/** Writes the saga's new state (version + 1) with `patch`; the caller holds its row lock and decided the move. */
export async function writeSagaState(t: TxContext, saga: SagaRow, state: SagaState, patch: SagaPatch = {}) {
  const [row] = await t.tx
    .update(sagas)
    .set({ ...patch, state, version: saga.version + 1, updatedAt: new Date() })
    .where(and(eq(sagas.workspaceId, saga.workspaceId), eq(sagas.orderId, saga.orderId)))
    .returning();
  return row as SagaRow;
}

/** Appends a step (the state the saga is now in) to its history. */
export async function insertStep(t: TxContext, saga: SagaRow, from: SagaState | null, reason: string | null) {
  await t.tx.insert(sagaSteps).values({
    id: newId(),
    workspaceId: saga.workspaceId,
    orderId: saga.orderId,
    attempt: saga.attempt,
    fromState: from,
    toState: saga.state,
    reason,
  });
}

export async function stepsOf(t: TxContext, orderId: string) {
  return queryable(t)
    .select()
    .from(sagaSteps)
    .where(and(eq(sagaSteps.workspaceId, workspaceOf(t)), eq(sagaSteps.orderId, orderId)))
    .orderBy(asc(sagaSteps.id));
}
