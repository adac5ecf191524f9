export { type Command, commands, main } from './cli';
export { buildNexova, type NexovaDeps } from './compose';
export { type Composition, composeNexova, nexovaModules, type Runtimes } from './modules';
export { type Role, type Running, startNexova } from './runtime';
export { runSeeders } from './seed';
export { type Spawned, spawnNexova, waitForLine } from './spawn';
export { type ApiCall, apiClient, createTestApp, type TestApp } from './testing';
export { createWorkers, type Worker, type WorkerDeps } from './workers';
