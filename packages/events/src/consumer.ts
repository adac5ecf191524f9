import type { Tx, TxContext } from '@nexova/db';
import type { z } from 'zod';
import { type EventDefinition, eventKey } from './define-event';
import type { EventEnvelope } from './envelope';
import { aggregateKey } from './log-row';

export type HandlerArgs<E extends EventEnvelope = EventEnvelope> = {
  /** A context bound to the consumer's transaction: workspace of the event, system actor, causation = event id. */
  ctx: TxContext;
  event: E;
  /** The transaction the handler's effects commit in, together with the inbox mark. */
  tx: Tx;
};

/** What a consumer's handleBatch gets: events of one workspace, in log order, and the transaction. */
export type BatchHandlerArgs<E extends EventEnvelope = EventEnvelope> = {
  ctx: TxContext;
  events: E[];
  tx: Tx;
};

/**
 * The envelope of one of the events a consumer subscribes to: a union discriminated by `type`, each
 * member carrying its contract's parsed (zod output) payload, so a handler narrows with
 * `switch (event.type)` instead of casting the payload.
 */
export type EnvelopeOf<E extends EventDefinition> =
  E extends EventDefinition<infer S, infer T> ? Omit<EventEnvelope<z.output<S>>, 'type'> & { type: T } : never;

/** A durable consumer: a name (its checkpoint and inbox key), the events it handles, and the handler. */
export type ConsumerDefinition<E extends EventDefinition = EventDefinition> = {
  name: string;
  events: readonly E[];
  handle(args: HandlerArgs<EnvelopeOf<E>>): Promise<void>;
  /**
   * Optional: handles a run of events of one workspace at once, in log order, with the same effect
   * as `handle` called for each in turn — a read model folds a burst into one write instead of one
   * per event. Called where a transaction handles a batch with no savepoint per event (the fast
   * path of every transport, and a rebuild of a read model with this one consumer). When it throws,
   * the batch runs again event by event through `handle`, so a failure still lands on its event.
   * `ctx` carries the first event's causation.
   */
  handleBatch?(args: BatchHandlerArgs<EnvelopeOf<E>>): Promise<void>;
  /** Overrides EVENTS_MAX_ATTEMPTS for this consumer. */
  maxAttempts?: number;
  /**
   * A dead letter of this consumer stalls a business process (the checkout path: a paid order
   * waits on it). Its dead letters are logged as CRITICAL alerts naming the replay command.
   */
  critical?: boolean;
  /**
   * Nobody waits on this consumer's effects (webhook fan-out, read models): on the embedded
   * transport it may let events gather for up to `gatherMs` after its last read (TransportOptions),
   * so a burst of commits costs it one transaction instead of one each. Default false.
   */
  background?: boolean;
  /**
   * The events that must be handled one after another, in log order: those with the same key. Events
   * of different keys may be handled side by side, each key's in its own transaction (NATS always;
   * the embedded transport on PostgreSQL only for a consumer that names a key, up to EVENTS_LANES at
   * once). Default: the event's aggregate. The checkout saga's is the order, whose events come from
   * orders, payments and the saga itself.
   */
  partition?: (event: EnvelopeOf<E>) => string;
};

const NAME = /^[a-z][a-z0-9_.-]{0,99}$/;

/**
 * Declares a consumer: checks its name and events and types its handler by them. It registers
 * nothing: a consumer runs when its module object lists it and the app lists the module (the
 * composition refuses two consumers with one name, since the name keys the checkpoint).
 */
export function defineConsumer<const E extends EventDefinition>(definition: ConsumerDefinition<E>): ConsumerDefinition {
  if (!NAME.test(definition.name)) {
    throw new Error(`Consumer name "${definition.name}" must be lower case letters, digits, '.', '_' or '-'.`);
  }
  if (definition.events.length === 0) throw new Error(`Consumer ${definition.name} handles no events.`);
  // The transports check handles() before calling, so the envelope is one of E's.
  return definition as unknown as ConsumerDefinition;
}

export function handles(consumer: ConsumerDefinition, type: string, version: number): boolean {
  const key = eventKey(type, version);
  return consumer.events.some((e) => eventKey(e.type, e.version) === key);
}

/** The key that orders a consumer's events (ConsumerDefinition.partition; default the aggregate). */
export function partitionOf(consumer: ConsumerDefinition, event: EventEnvelope): string {
  return consumer.partition ? consumer.partition(event as EnvelopeOf<EventDefinition>) : aggregateKey(event);
}
