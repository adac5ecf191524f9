import type { Tx, TxContext } from '@nexova/db';
import { type EventDefinition, eventKey } from './define-event';
import type { EventEnvelope } from './envelope';

export type HandlerArgs = {
  /** A context bound to the consumer's transaction: workspace of the event, system actor, causation = event id. */
  ctx: TxContext;
  event: EventEnvelope;
  /** The transaction the handler's effects commit in, together with the inbox mark. */
  tx: Tx;
};

/** A durable consumer: a name (its checkpoint and inbox key), the events it handles, and the handler. */
export type ConsumerDefinition = {
  name: string;
  events: EventDefinition[];
  handle(args: HandlerArgs): Promise<void>;
  /** Overrides EVENTS_MAX_ATTEMPTS for this consumer. */
  maxAttempts?: number;
  /**
   * A dead letter of this consumer stalls a business process (the checkout path: a paid order
   * waits on it). Its dead letters are logged as CRITICAL alerts naming the replay command.
   */
  critical?: boolean;
};

const NAME = /^[a-z][a-z0-9_.-]{0,99}$/;
const registry = new Map<string, ConsumerDefinition>();

/** Declares (and registers) a consumer; the name must be unique and stable (it keys the checkpoint). */
export function defineConsumer(definition: ConsumerDefinition): ConsumerDefinition {
  if (!NAME.test(definition.name)) {
    throw new Error(`Consumer name "${definition.name}" must be lower case letters, digits, '.', '_' or '-'.`);
  }
  if (definition.events.length === 0) throw new Error(`Consumer ${definition.name} handles no events.`);
  const existing = registry.get(definition.name);
  if (existing && existing !== definition) throw new Error(`Consumer ${definition.name} is defined twice.`);
  registry.set(definition.name, definition);
  return definition;
}

export function registeredConsumers(): ConsumerDefinition[] {
  return [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function handles(consumer: ConsumerDefinition, type: string, version: number): boolean {
  const key = eventKey(type, version);
  return consumer.events.some((e) => eventKey(e.type, e.version) === key);
}
