import type { Config } from '@nexova/config';
import type { AppContext, DatabaseHandle } from '@nexova/db';
import type { ConsumerDefinition, EventDefinition, EventWorker, ReadModel } from '@nexova/events';
import type { FileOwner } from '@nexova/files';
import type { AppPlugin, Locale } from '@nexova/http';
import type { Logger, Registry } from '@nexova/observability';

/** What a module's workers and timers are built from: the process's config, logger, pools and metrics. */
export type ModuleDeps = {
  config: Config;
  logger: Logger;
  /** The workers' pool (their own one when the process also serves the API: `all`). */
  database: DatabaseHandle;
  metrics: Registry;
};

/** Background loops (sweepers, senders, timers) a module runs in the `worker` and `all` roles. */
export type ModuleWorkers = (deps: ModuleDeps) => EventWorker[];

/** A module's idempotent demo-data step, run as the demo workspace's owner; returns lines worth printing. */
export type Seed = (ctx: AppContext) => Promise<string[]>;

/** Problem titles for a module's error codes, in the locales other than English (en is the error's own). */
export type ProblemTitles = Record<string, Record<Exclude<Locale, 'en'>, string>>;

/**
 * One bounded context as the composition root sees it. Each module's index.ts exports one (e.g.
 * `ordersModule`), or a factory of one when it needs a runtime created per app (payments' providers,
 * identity's keys and mailer); apps/nexova lists them by name and derives everything from that list.
 */
export type NexovaModule = {
  /** Lower-case name (also the prefix of its consumers' names and events' domains, by convention). */
  name: string;
  /** Route plugins, mounted under /api/v1 unless one names another prefix ('' = the root). */
  routes?: AppPlugin[];
  /** Durable consumers; their names key checkpoints and inboxes, so they never change. */
  consumers?: ConsumerDefinition[];
  /**
   * Consumers of every event the app declares (webhooks' fan-out): built by the composition once
   * every module's contracts are known, from that list.
   */
  everyEventConsumers?: (events: EventDefinition[]) => ConsumerDefinition[];
  /**
   * Read models rebuilt from the event log (`nexova read-models rebuild`); their consumers must also
   * be in `consumers` (they feed them live), and the retention sweeper keeps the types they handle.
   */
  readModels?: ReadModel[];
  /** Workers and timers (outside any request), started in the `worker` and `all` roles. */
  workers?: ModuleWorkers;
  /** The stored files it owns (key prefixes and which keys its rows still name): the orphan sweeper asks it. */
  files?: FileOwner[];
  /** Demo data, run by `nexova seed` and NEXOVA_SEED_DEMO in the order modules are listed. */
  seed?: Seed;
  /** The permissions it declares (`definePermissions`' result: name → name). */
  permissions?: Record<string, string>;
  /** The event contracts it publishes (webhooks, EVENTS.md, NATS streams and realtime read these). */
  events?: EventDefinition[];
  /** Translated problem titles of its error codes, registered by the composition. */
  titles?: ProblemTitles;
};

const NAME = /^[a-z][a-z0-9-]*$/;

/** Declares a module object (checks its name; registers nothing). */
export function defineModule<const M extends NexovaModule>(module: M): M {
  if (!NAME.test(module.name))
    throw new Error(`Module name "${module.name}" must be lower case letters, digits or '-'.`);
  return module;
}

/** The event contracts among a contracts file's exports (`import * as events from './contracts/events/…'`). */
export function eventsIn(...contracts: Record<string, unknown>[]): EventDefinition[] {
  return contracts.flatMap((exports) =>
    Object.values(exports).filter(
      (value): value is EventDefinition =>
        typeof value === 'object' && value !== null && 'type' in value && 'version' in value && 'payload' in value,
    ),
  );
}
