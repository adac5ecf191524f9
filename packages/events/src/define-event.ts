import type { z } from 'zod';

/** A versioned event contract: `<domain>.<entity>.<action>` in the past tense, a zod payload, a description. */
export type EventDefinition<S extends z.ZodType = z.ZodType, T extends string = string> = {
  /** Kept as its literal type, so a consumer's handler can narrow its events by `type`. */
  type: T;
  version: number;
  payload: S;
  description: string;
  /** The aggregate type the event is about (e.g. "order"); its id travels in the envelope. */
  aggregate: string;
  /** Permission a realtime subscriber needs to receive it (defaults to `<domain>:read`). */
  permission?: string;
  /**
   * A payload field holding a user id: the realtime feed sends the event to that user only (a
   * member's own notifications), on top of the permission check.
   */
  addressedTo?: string;
};

const NAME = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

const registry = new Map<string, EventDefinition>();

export const eventKey = (type: string, version: number) => `${type}.v${version}`;

/** Declares (and registers) an event contract; a second declaration of the same type+version throws. */
export function defineEvent<S extends z.ZodType, const T extends string>(
  definition: EventDefinition<S, T>,
): EventDefinition<S, T> {
  if (!NAME.test(definition.type)) {
    throw new Error(`Event type "${definition.type}" must be <domain>.<entity>.<action> in lower case.`);
  }
  if (!Number.isInteger(definition.version) || definition.version < 1) {
    throw new Error(`Event ${definition.type} needs a positive integer version.`);
  }
  const key = eventKey(definition.type, definition.version);
  if (registry.has(key) && registry.get(key) !== definition) throw new Error(`Event ${key} is defined twice.`);
  registry.set(key, definition);
  return definition;
}

/** Every event contract the loaded modules declared, sorted by type and version. */
export function registeredEvents(): EventDefinition[] {
  return [...registry.values()].sort((a, b) => a.type.localeCompare(b.type) || a.version - b.version);
}

export function findEvent(type: string, version: number): EventDefinition | undefined {
  return registry.get(eventKey(type, version));
}
