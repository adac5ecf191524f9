import { type Database, enterWorkspace, type Tx, type TxContext } from '@nexova/db';
import { newId, systemActor } from '@nexova/kernel';
import { sql } from 'drizzle-orm';
import { type RetryPolicy, retryDelayMs } from './backoff';
import type { ConsumerDefinition } from './consumer';
import type { EventEnvelope } from './envelope';
import { aggregateKey } from './log-row';
import { errorText } from './transient';

export type AttemptError = { attempt: number; at: string; error: string };

/**
 * Applies one event for one consumer inside a savepoint of `tx`: the inbox mark and the handler's
 * effects commit together or not at all. Returns false when the inbox already has the event
 * (a redelivery), in which case the handler does not run. Throws what the handler threw.
 */
export async function applyOnce(
  db: Database,
  tx: Tx,
  consumer: ConsumerDefinition,
  event: EventEnvelope,
): Promise<boolean> {
  return tx.transaction(async (sp) => {
    const marked = (await sp.execute(
      sql`insert into events.inbox (consumer, event_id) values (${consumer.name}, ${event.id})
          on conflict do nothing returning event_id`,
    )) as unknown as { rows: unknown[] };
    if (marked.rows.length === 0) return false;
    await enterWorkspace(sp as unknown as Tx, event.workspace_id ?? null);
    const ctx = handlerContext({ db }, consumer, event, sp as unknown as Tx);
    await consumer.handle({ ctx, event, tx: sp as unknown as Tx });
    return true;
  });
}

export type LogPointer = { position: number | string; txid: string };

/**
 * Records a failed attempt: schedules the next one with backoff, or — at the last attempt — moves the
 * event to the dead-letter table with its whole error history (each error with its cause chain and
 * SQLSTATE, see errorText). Returns the dead letter's id when dead-lettered, else null.
 */
export async function recordFailure(
  tx: Tx,
  consumer: ConsumerDefinition,
  event: EventEnvelope,
  pointer: LogPointer,
  attempt: number,
  previous: AttemptError[],
  error: unknown,
  policy: RetryPolicy,
  /**
   * False when another transaction holds the consumer's checkpoint row (a lane of the embedded
   * transport: its batch's transaction notes the error once the lanes are done). Default true.
   */
  noteOnCheckpoint = true,
): Promise<string | null> {
  const message = errorText(error);
  const errors: AttemptError[] = [...previous, { attempt, at: new Date().toISOString(), error: message }];
  const max = consumer.maxAttempts ?? policy.maxAttempts;
  if (noteOnCheckpoint) await noteError(tx, consumer.name, message);
  if (attempt >= max) {
    await tx.execute(sql`delete from events.retries where consumer = ${consumer.name} and event_id = ${event.id}`);
    const letter = (await tx.execute(
      sql`insert into events.dead_letters (id, consumer, event_id, event_type, attempts, last_error, errors)
          values (${newId()}, ${consumer.name}, ${event.id}, ${`${event.type}.v${event.version}`}, ${attempt},
                  ${message}, ${JSON.stringify(errors)}::jsonb)
          on conflict (consumer, event_id) do update set status = 'open', attempts = excluded.attempts,
            last_error = excluded.last_error, errors = excluded.errors, failed_at = now(), resolved_at = null
          returning id`,
    )) as unknown as { rows: { id: string }[] };
    return letter.rows[0]?.id ?? null;
  }
  const delay = retryDelayMs(policy, attempt);
  await tx.execute(
    sql`insert into events.retries (consumer, event_id, position, txid, aggregate_key, attempts, next_attempt_at, errors)
        values (${consumer.name}, ${event.id}, ${pointer.position}, ${pointer.txid}::xid8, ${aggregateKey(event)},
                ${attempt}, now() + make_interval(secs => ${delay / 1000}), ${JSON.stringify(errors)}::jsonb)
        on conflict (consumer, event_id) do update set attempts = excluded.attempts,
          next_attempt_at = excluded.next_attempt_at, errors = excluded.errors`,
  );
  return null;
}

/** Records a consumer's last error on its checkpoint row (status, `nexova events status`). */
export async function noteError(tx: Tx, consumer: string, message: string): Promise<void> {
  await tx.execute(
    sql`update events.checkpoints set last_error = ${message}, last_error_at = now() where consumer = ${consumer}`,
  );
}

/** Queues an event behind an earlier one of the same aggregate that is waiting for a retry. */
export async function queueBehind(
  tx: Tx,
  consumer: ConsumerDefinition,
  event: EventEnvelope,
  pointer: LogPointer,
): Promise<void> {
  await tx.execute(
    sql`insert into events.retries (consumer, event_id, position, txid, aggregate_key, attempts)
        values (${consumer.name}, ${event.id}, ${pointer.position}, ${pointer.txid}::xid8, ${aggregateKey(event)}, 0)
        on conflict do nothing`,
  );
}

/** The context a handler runs with: the event's workspace, the consumer as system actor, causation = event. */
export function handlerContext(
  database: { db: Database },
  consumer: ConsumerDefinition,
  event: EventEnvelope,
  tx: Tx,
): TxContext {
  return {
    workspaceId: event.workspace_id,
    actor: systemActor(`consumer:${consumer.name}`),
    requestId: newId(),
    correlationId: event.correlation_id ?? event.id,
    causationId: event.id,
    db: database.db,
    tx,
  };
}
