// @nexova/module — the one template every module follows: a module object that the composition
// root (apps/nexova) registers by name. Nothing here is registered by import side effect.

export { type ComposedModules, composeModules } from './compose-modules';
export {
  defineModule,
  eventsIn,
  type ModuleDeps,
  type ModuleWorkers,
  type NexovaModule,
  type ProblemTitles,
  type Seed,
} from './define-module';
