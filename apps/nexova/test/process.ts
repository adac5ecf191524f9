// The binary-spawning helpers live in src/spawn.ts (exported by @nexova/app for other modules' tests).
export { type Spawned, spawnNexova, waitForLine } from '../src/spawn';
