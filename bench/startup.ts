// `npm run bench:startup`: how fast `nexova start` answers /health/ready and how much memory it holds
// idle. Each mode starts the real binary twice on the same data (the first start migrates and seeds:
// cold; the second is what a restart costs: warm), polls /health/ready from the spawn, then leaves
// the process idle for BENCH_IDLE_MS and reads VmRSS / VmHWM from /proc/<pid>/status. It also reads the
// CPU time the warm start used until ready (/proc/<pid>/stat): on a loaded machine wall time is not.
//   BENCH_MODES    embedded,postgres-api,postgres-worker (default: all three; postgres needs DATABASE_URL
//                  or postgres://postgres@127.0.0.1:5432/test, into its own database nexova_bench_startup)
//   BENCH_RUNNER   compiled (default: what `npm start` runs) | tsx (the sources through tsx)
//   BENCH_IDLE_MS  idle time before reading the memory (default 30000)
// Bounded: each start has 120 s to become ready; every child is stopped by its own pid (SIGTERM,
// SIGKILL after 15 s).
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDatabase, ROOT, table } from './lib';

type Mode = 'embedded' | 'postgres-api' | 'postgres-worker';
const MODES = (process.env.BENCH_MODES ?? 'embedded,postgres-api,postgres-worker').split(',') as Mode[];
const RUNNER = process.env.BENCH_RUNNER ?? 'compiled';
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 30_000);
const READY_TIMEOUT_MS = 120_000;

// The same entry points as package.json's `start` (compiled) and the development path (tsx).
const RUNNERS: Record<string, string[]> = {
  compiled: ['apps/nexova/bin/nexova.mjs'],
  tsx: ['--import', 'tsx', 'apps/nexova/src/bin.ts'],
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** CPU time the process used (user + system, all threads): unlike wall time, other load barely moves it. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks (100 Hz)
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Spawns one `nexova start`, resolves with the milliseconds from spawn to the first /health/ready 200. */
async function startOnce(args: string[], env: Record<string, string>) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...(RUNNERS[RUNNER] ?? []), 'start', ...args, '--port', String(port)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (d: Buffer) => stderr.push(d.toString()));
  const exited = once(child, 'exit');
  const deadline = started + READY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { child, readyMs: Math.round(performance.now() - started), cpuMs: cpuMsOf(child.pid as number) };
    await Promise.race([new Promise((r) => setTimeout(r, 25)), exited]);
  }
  await stop(child);
  throw new Error(`nexova start ${args.join(' ')} was not ready within ${READY_TIMEOUT_MS} ms: ${stderr.join('')}`);
}

async function benchMode(mode: Mode) {
  const data = mkdtempSync(join(tmpdir(), 'nexova-bench-startup-'));
  const env: Record<string, string> = { NEXOVA_DATA_DIR: data };
  if (mode !== 'embedded') env.DATABASE_URL = await benchDatabase('nexova_bench_startup');
  const args = mode === 'embedded' ? [] : ['--role', mode === 'postgres-api' ? 'api' : 'worker'];
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0] ?? '';
  try {
    const cold = await startOnce(args, env);
    await stop(cold.child);
    const warm = await startOnce(args, env);
    try {
      await new Promise((r) => setTimeout(r, IDLE_MS));
      const memory = memoryOf(warm.child.pid as number);
      return {
        mode,
        runner: RUNNER,
        load,
        cold_ready_ms: cold.readyMs,
        warm_ready_ms: warm.readyMs,
        warm_cpu_ms: warm.cpuMs,
        ...memory,
      };
    } finally {
      await stop(warm.child);
    }
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}

const rows = [];
for (const mode of MODES) {
  const row = await benchMode(mode);
  rows.push({
    mode: row.mode,
    runner: row.runner,
    load: row.load,
    'cold → ready (ms)': row.cold_ready_ms,
    'warm → ready (ms)': row.warm_ready_ms,
    'warm CPU to ready (ms)': row.warm_cpu_ms,
    [`RSS idle ${IDLE_MS / 1000} s (MB)`]: row.rssMb,
    'peak RSS (MB)': row.peakMb,
  });
  console.log(JSON.stringify(row));
}
console.log(`\n${table(rows)}`);
