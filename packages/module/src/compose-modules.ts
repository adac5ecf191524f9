import type { ConsumerDefinition, EventDefinition, ReadModel } from '@nexova/events';
import { eventKey } from '@nexova/events';
import { checkFileOwners, type FileOwner } from '@nexova/files';
import type { AppPlugin } from '@nexova/http';
import type { ModuleWorkers, NexovaModule, ProblemTitles } from './define-module';

/** Everything the app mounts and runs, read off its list of modules (in list order). */
export type ComposedModules = {
  modules: NexovaModule[];
  routes: AppPlugin[];
  /** Every consumer, sorted by name (the order the transports start them in). */
  consumers: ConsumerDefinition[];
  workers: ModuleWorkers[];
  /** Every read model, in module order (`nexova read-models rebuild`; the sweeper keeps their types). */
  readModels: ReadModel[];
  /** Every module's file owners (one per key prefix), for the orphan file sweeper. */
  fileOwners: FileOwner[];
  seeds: { name: string; run: NonNullable<NexovaModule['seed']> }[];
  /** Every event contract, sorted by type and version. */
  events: EventDefinition[];
  titles: ProblemTitles;
};

/**
 * Reads the module objects into the app's lists and refuses a list that cannot run: two modules
 * with one name, two consumers with one name (they would share a checkpoint), or two different
 * contracts for one event type and version.
 */
export function composeModules(modules: NexovaModule[]): ComposedModules {
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`Module ${m.name} is listed twice.`);
    names.add(m.name);
  }
  const events = new Map<string, EventDefinition>();
  for (const m of modules) {
    for (const e of m.events ?? []) {
      const key = eventKey(e.type, e.version);
      const existing = events.get(key);
      if (existing && existing !== e) throw new Error(`Event ${key} is defined twice.`);
      events.set(key, e);
    }
  }
  const sortedEvents = [...events.values()].sort((a, b) => a.type.localeCompare(b.type) || a.version - b.version);
  const consumers = new Map<string, ConsumerDefinition>();
  for (const m of modules) {
    for (const c of [...(m.consumers ?? []), ...(m.everyEventConsumers?.(sortedEvents) ?? [])]) {
      const existing = consumers.get(c.name);
      if (existing && existing !== c) throw new Error(`Consumer ${c.name} is defined twice.`);
      consumers.set(c.name, c);
    }
  }
  return {
    modules,
    routes: modules.flatMap((m) => m.routes ?? []),
    consumers: [...consumers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    workers: modules.flatMap((m) => (m.workers ? [m.workers] : [])),
    readModels: readModelsOf(modules, consumers),
    fileOwners: checkFileOwners(modules.flatMap((m) => m.files ?? [])),
    seeds: modules.flatMap((m) => (m.seed ? [{ name: m.name, run: m.seed }] : [])),
    events: sortedEvents,
    titles: Object.assign({}, ...modules.map((m) => m.titles ?? {})),
  };
}

/** The modules' read models; one whose consumer is not composed (it would never be fed live) is refused. */
function readModelsOf(modules: NexovaModule[], consumers: Map<string, ConsumerDefinition>): ReadModel[] {
  const models = modules.flatMap((m) => m.readModels ?? []);
  const names = new Set<string>();
  for (const model of models) {
    if (names.has(model.name)) throw new Error(`Read model ${model.name} is defined twice.`);
    names.add(model.name);
    for (const c of model.consumers)
      if (consumers.get(c.name) !== c) throw new Error(`Read model ${model.name}: consumer ${c.name} is not composed.`);
  }
  return models;
}
