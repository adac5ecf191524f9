import { AT_COMMIT, literal, literalOrNull, notifyAfterCommit, type TxContext } from '@nexova/db';
import { newId } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { EventDefinition } from './define-event';
import type { EventEnvelope } from './envelope';
import { NOTIFY_CHANNEL } from './wakeup';

export type PublishInput<S extends z.ZodType> = {
  aggregateId: string;
  payload: z.input<S>;
  /** Defaults to the context's workspace. */
  workspaceId?: string | null;
  occurredAt?: Date;
};

/**
 * Records an event in the outbox inside the caller's transaction: it is delivered if and only if
 * that transaction commits. On PostgreSQL the insert travels with the COMMIT (AT_COMMIT): no round
 * trip of its own, and row locks the transaction took before it (an order's number) are not held
 * across one more; the row is invisible to the transaction's own reads until then (nothing reads
 * the outbox it is writing to). In a savepoint rolled back it is dropped with the savepoint. Requiring a TxContext makes publishing outside a transaction a type error.
 */
export async function publish<S extends z.ZodType>(
  t: TxContext,
  definition: EventDefinition<S>,
  input: PublishInput<S>,
): Promise<EventEnvelope<z.output<S>>> {
  const payload = definition.payload.parse(input.payload) as z.output<S>;
  const envelope: EventEnvelope<z.output<S>> = {
    id: newId(),
    type: definition.type,
    version: definition.version,
    occurred_at: (input.occurredAt ?? new Date()).toISOString(),
    workspace_id: input.workspaceId === undefined ? t.workspaceId : input.workspaceId,
    aggregate: { type: definition.aggregate, id: input.aggregateId },
    actor: { type: t.actor.type, id: t.actor.id },
    request_id: t.requestId,
    correlation_id: t.correlationId ?? t.requestId,
    causation_id: t.causationId ?? null,
    payload,
  };
  await t.tx.execute(sql.raw(outboxInsert(envelope)));
  // Wakes LISTENing consumers once this commits; the payload (the type) lets the loops of consumers
  // that do not handle it sleep on (wakeup.ts Interest). One notification per type per transaction.
  await notifyAfterCommit(t.tx, NOTIFY_CHANNEL, definition.type);
  return envelope;
}

/** The outbox row as one statement of literals (no parameters), so that it can ride with the COMMIT. */
function outboxInsert(e: EventEnvelope<unknown>): string {
  const values = [
    `${literal(e.id)}::uuid`,
    literal(e.type),
    String(Math.trunc(e.version)),
    e.workspace_id === null ? 'null' : `${literal(e.workspace_id)}::uuid`,
    literal(e.aggregate.type),
    literal(e.aggregate.id),
    literal(e.actor.type),
    literalOrNull(e.actor.id),
    literalOrNull(e.request_id),
    literalOrNull(e.correlation_id),
    literalOrNull(e.causation_id),
    `${literal(e.occurred_at)}::timestamptz`,
    `${literal(JSON.stringify(e.payload))}::jsonb`,
  ].join(', ');
  return `${AT_COMMIT}insert into events.outbox (id, type, version, workspace_id, aggregate_type, aggregate_id, actor_type, actor_id, request_id, correlation_id, causation_id, occurred_at, payload) values (${values})`;
}
