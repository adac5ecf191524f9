export { type Command, commands, main } from './cli';
export { buildNexova, type NexovaDeps } from './compose';
export { type Role, type Running, startNexova } from './runtime';
export { runSeeders, type Seeder, seeders } from './seed';
export { type Spawned, spawnNexova, waitForLine } from './spawn';
export { type ApiCall, apiClient, createTestApp, type TestApp } from './testing';
export { type Worker, type WorkerDeps, workerFactories } from './workers';
