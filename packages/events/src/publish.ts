import { notifyAfterCommit, type TxContext } from '@nexova/db';
import { newId } from '@nexova/kernel';
import type { z } from 'zod';
import { outbox } from './db/schema';
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
 * that transaction commits. Requiring a TxContext makes publishing outside a transaction a type error.
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
  await t.tx.insert(outbox).values({
    id: envelope.id,
    type: envelope.type,
    version: envelope.version,
    workspaceId: envelope.workspace_id,
    aggregateType: envelope.aggregate.type,
    aggregateId: envelope.aggregate.id,
    actorType: envelope.actor.type,
    actorId: envelope.actor.id,
    requestId: envelope.request_id,
    correlationId: envelope.correlation_id,
    causationId: envelope.causation_id,
    occurredAt: new Date(envelope.occurred_at),
    payload: envelope.payload as object,
  });
  await notifyAfterCommit(t.tx, NOTIFY_CHANNEL); // wakes LISTENing consumers once this commits
  return envelope;
}
