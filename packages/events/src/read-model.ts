import type { TxContext } from '@nexova/db';
import type { ConsumerDefinition } from './consumer';

/**
 * A read model rebuilt from the event log (`nexova read-models rebuild`): the consumers that feed it
 * and how to empty one workspace's rows. The event types its consumers handle are what it needs
 * from the log, so the retention sweeper keeps them (a rebuild after a sweep must see the same
 * history the live consumers saw).
 */
export type ReadModel = {
  /** Lower-case name, as `--model` takes it. */
  name: string;
  /** Its consumers: live they feed it event by event; a rebuild replays the log through them in order. */
  consumers: ConsumerDefinition[];
  /** Deletes the read model's rows of the context's workspace (row-level security scopes it too). */
  reset(ctx: TxContext): Promise<void>;
};

const NAME = /^[a-z][a-z0-9-]*$/;

/** Declares a read model (checks its name and that something feeds it; registers nothing). */
export function defineReadModel(model: ReadModel): ReadModel {
  if (!NAME.test(model.name))
    throw new Error(`Read model name "${model.name}" must be lower case letters, digits or '-'.`);
  if (model.consumers.length === 0) throw new Error(`Read model ${model.name} has no consumers.`);
  return model;
}

/** The event types the read models need kept in the log (sorted, each once). */
export function retainedEventTypes(models: readonly ReadModel[]): string[] {
  const types = new Set(models.flatMap((m) => m.consumers.flatMap((c) => c.events.map((e) => e.type))));
  return [...types].sort();
}
