import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type Server = { url: string; child: ChildProcess; stop(): Promise<void> };

/**
 * Starts a child process and resolves when it prints a JSON line with an `address`. An `env` value
 * of `undefined` removes that variable from the inherited environment.
 */
export function startServer(args: string[], env: Record<string, string | undefined>): Promise<Server> {
  const merged: Record<string, string | undefined> = { ...process.env, ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  // BENCH_NODE_ARGS: extra node flags for the servers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  // (node refuses --cpu-prof in NODE_OPTIONS).
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', ...args], {
    cwd: ROOT,
    env: merged,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (const line of buffer.split('\n')) {
        const match = line.match(/"address":"(http:[^"]+)"/);
        if (match) {
          child.stdout?.removeAllListeners('data');
          child.stdout?.resume();
          resolve({
            url: match[1] as string,
            child,
            stop: () =>
              new Promise((done) => {
                child.once('exit', () => done());
                child.kill('SIGTERM');
              }),
          });
          return;
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code} before listening`)));
  });
}

export type Load = {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Every 2xx response's latency (ms), sorted. */
  latencies: number[];
};

/** The p-th percentile (nearest rank) of sorted values, rounded to 0.01 ms. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return Math.round((sorted[rank - 1] as number) * 100) / 100;
}

/**
 * Loads one URL with autocannon. Throughput counts 2xx responses only (a 4xx/5xx is not work done);
 * p50/p95/p99 are exact percentiles (ms) over every 2xx response's latency (autocannon's own
 * histogram has no p95).
 */
export async function load(options: autocannon.Options): Promise<Load> {
  const latencies: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('response', (_client, status: number, _bytes, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: r['2xx'] / Math.max(r.duration, 0.001),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    latencies,
  };
}

/** Creates (if needed) a database for a benchmark on the PostgreSQL server and returns its URL. */
export async function benchDatabase(name: string): Promise<string> {
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await client.query(`create database "${name}"`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export function table(rows: Record<string, string | number>[]): string {
  const cols = Object.keys(rows[0] ?? {});
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i] as number)).join('  ');
  return [
    line(cols),
    line(width.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cols.map((c) => String(r[c])))),
  ].join('\n');
}
