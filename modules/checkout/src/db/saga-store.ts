import { AT_COMMIT, deferred, literal, literalOrNull, queryable, type TxContext, workspaceOf } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SagaState } from '../domain/saga-states';
import { type sagaSteps, sagas } from './schema';

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

/** The saga versions of these orders (one statement; an order without a saga is absent): the long-poll's probe. */
export async function sagaVersions(t: TxContext, orderIds: string[]): Promise<Map<string, number>> {
  const rows = await t.tx
    .select({ orderId: sagas.orderId, version: sagas.version })
    .from(sagas)
    .where(and(eq(sagas.workspaceId, workspaceOf(t)), inArray(sagas.orderId, orderIds)));
  return new Map(rows.map((r) => [r.orderId, r.version]));
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
 * Writes the saga's new state (version + 1) with `patch`; the caller holds its row lock and decided
 * the move. The row written is known, so nobody reads the statement's answer: on PostgreSQL it rides
 * with the transaction's next statement or its COMMIT (deferred), not in a round trip of its own.
 */
export async function writeSagaState(
  t: TxContext,
  saga: SagaRow,
  state: SagaState,
  patch: SagaPatch = {},
): Promise<SagaRow> {
  const row: SagaRow = { ...saga, ...patch, state, version: saga.version + 1, updatedAt: new Date() };
  await t.tx.execute(
    deferred(
      t.tx
        .update(sagas)
        .set({ ...patch, state, version: row.version, updatedAt: row.updatedAt })
        .where(and(eq(sagas.workspaceId, saga.workspaceId), eq(sagas.orderId, saga.orderId))),
    ),
  );
  return row;
}

/**
 * Appends a step (the state the saga is now in) to its history. Nothing reads the steps in the
 * transaction that writes them (GET /orders/{id}/checkout reads them in its own), so on PostgreSQL
 * the insert is sent with the COMMIT (AT_COMMIT: no round trip of its own; a failure fails the
 * commit) — hence its text of literals (ids are the saga row's uuids, the attempt an integer).
 */
export async function insertStep(t: TxContext, saga: SagaRow, from: SagaState | null, reason: string | null) {
  if (!Number.isInteger(saga.attempt)) throw new Error(`insertStep: attempt ${saga.attempt} is not an integer`);
  await t.tx.execute(
    sql.raw(`${AT_COMMIT}insert into checkout.saga_steps (id, workspace_id, order_id, attempt, from_state, to_state, reason)
      values (${literal(newId())}::uuid, ${literal(saga.workspaceId)}::uuid, ${literal(saga.orderId)}::uuid,
        ${saga.attempt}, ${literalOrNull(from)}, ${literal(saga.state)}, ${literalOrNull(reason)})`),
  );
}

export type SagaStep = Pick<
  typeof sagaSteps.$inferSelect,
  'attempt' | 'fromState' | 'toState' | 'reason' | 'createdAt'
>;

/**
 * The saga of an order with its steps, oldest first — one statement (the steps as one json array
 * beside the row): what GET /orders/{id}/checkout and its long-poll read.
 */
export async function loadSagaWithSteps(
  t: TxContext,
  orderId: string,
): Promise<{ saga: SagaRow; steps: SagaStep[] } | null> {
  const [found] = await queryable(t)
    .select({
      saga: sagas,
      steps: sql<(Omit<SagaStep, 'createdAt'> & { createdAt: string })[]>`(select coalesce(json_agg(json_build_object(
          'attempt', s.attempt, 'fromState', s.from_state, 'toState', s.to_state, 'reason', s.reason,
          'createdAt', s.created_at) order by s.id), '[]'::json)
        from checkout.saga_steps s where s.workspace_id = checkout.sagas.workspace_id
          and s.order_id = checkout.sagas.order_id)`,
    })
    .from(sagas)
    .where(and(eq(sagas.workspaceId, workspaceOf(t)), eq(sagas.orderId, orderId)));
  if (!found) return null;
  return { saga: found.saga, steps: found.steps.map((s) => ({ ...s, createdAt: new Date(s.createdAt) })) };
}
