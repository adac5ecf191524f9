import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('./bin.ts', import.meta.url));
// What `npm start` runs: the compiled build (apps/nexova/dist), built first when missing or stale.
const COMPILED_BIN = fileURLToPath(new URL('../bin/nexova.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

// A child never outlives whoever spawned it: a test whose hook timed out before it could stop its
// server (or a bench that threw) still ends it when its own process exits. One listener for all.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export type Spawned = { child: ChildProcess; stdout: string[]; stderr: string[]; exit: Promise<number | null> };

/**
 * Runs the real `nexova` binary as a child process, collecting its output lines: the sources through
 * tsx, or with `runner: 'compiled'` the compiled build as `npm start` runs it.
 */
export function spawnNexova(
  args: string[],
  env: Record<string, string | undefined>,
  runner: 'tsx' | 'compiled' = 'tsx',
): Spawned {
  const entry = runner === 'tsx' ? ['--import', 'tsx', BIN] : [COMPILED_BIN];
  const child = spawn(process.execPath, [...entry, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout?.on('data', (d: Buffer) => stdout.push(...d.toString().split('\n').filter(Boolean)));
  child.stderr?.on('data', (d: Buffer) => stderr.push(...d.toString().split('\n').filter(Boolean)));
  running.add(child);
  const exit = once(child, 'exit').then(([code]) => {
    running.delete(child);
    return code as number | null;
  });
  return { child, stdout, stderr, exit };
}

/** Resolves with the first stdout line matching `re` (event-driven, no polling). */
export function waitForLine(spawned: Spawned, re: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const found = spawned.stdout.find((l) => re.test(l));
    if (found) return resolve(found);
    const onData = () => {
      const line = spawned.stdout.find((l) => re.test(l));
      if (line) {
        spawned.child.stdout?.off('data', onData);
        resolve(line);
      }
    };
    spawned.child.stdout?.on('data', onData);
    spawned.exit.then((code) => reject(new Error(`exited ${code} first: ${spawned.stderr.join('\n')}`)));
  });
}
