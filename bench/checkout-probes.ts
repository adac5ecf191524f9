import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

// What bench:checkout reads beside the flow: the statement counters on /metrics, a process's RSS,
// pgbench's TPC-B on the same server, and scratch databases made and dropped for the run.

/** `nexova_db_statements_total` of one process, by pool label. */
export type Statements = Record<string, number>;

export async function scrapeStatements(url: string): Promise<Statements> {
  const res = await fetch(`${url}/metrics`);
  if (res.status !== 200) throw new Error(`GET /metrics: ${res.status}`);
  const out: Statements = {};
  for (const match of (await res.text()).matchAll(/^nexova_db_statements_total\{pool="([^"]+)"\} (\d+)/gm)) {
    out[match[1] as string] = Number(match[2]);
  }
  if (Object.keys(out).length === 0) throw new Error(`${url}/metrics has no nexova_db_statements_total`);
  return out;
}

/** Scrapes every process, keyed `process:pool`. */
export async function scrapeAll(urls: Record<string, string>): Promise<Statements> {
  const out: Statements = {};
  for (const [name, url] of Object.entries(urls)) {
    for (const [pool, n] of Object.entries(await scrapeStatements(url))) out[`${name}:${pool}`] = n;
  }
  return out;
}

/**
 * The long-polls' database work summed over the processes: `nexova_checkout_wait_reads_total`, the
 * checkout reads (`GET /orders/{id}/checkout?wait=`: the first of each request and one per move of
 * its saga), and `nexova_checkout_wait_probes_total`, the saga-version reads that decide which
 * waiters a commit wakes (one per workspace with waiters per checkout or payment commit).
 */
export async function scrapeWaits(urls: Record<string, string>): Promise<{ reads: number; probes: number }> {
  const out = { reads: 0, probes: 0 };
  for (const url of Object.values(urls)) {
    const text = await (await fetch(`${url}/metrics`)).text();
    out.reads += Number(text.match(/^nexova_checkout_wait_reads_total (\d+)/m)?.[1] ?? 0);
    out.probes += Number(text.match(/^nexova_checkout_wait_probes_total (\d+)/m)?.[1] ?? 0);
  }
  return out;
}

/** after − before, per key and in total. */
export function delta(before: Statements, after: Statements): Statements & { total: number } {
  const out: Statements & { total: number } = { total: 0 };
  for (const [key, n] of Object.entries(after)) {
    out[key] = n - (before[key] ?? 0);
    out.total += out[key] as number;
  }
  return out;
}

/** Resident memory of a process in MB (VmRSS of /proc/<pid>/status). */
export function rssMb(pid: number | undefined): number {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

const adminUrl = () => process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new empty database (dropped first if a previous run left it); returns its URL. */
export async function freshDatabase(name: string): Promise<string> {
  await admin(async (c) => {
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.query(`create database "${name}"`);
  });
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export function dropDatabase(name: string): Promise<void> {
  return admin(async (c) => {
    await c.query(`drop database if exists "${name}" with (force)`);
  });
}

export type Tpcb = { tps: number; scale: number; clients: number; seconds: number };

/** pgbench TPC-B (prepared statements) on a scratch database of the same server, dropped after. */
export async function tpcb(scale: number, clients: number, seconds: number, name = 'bench_tpcb'): Promise<Tpcb> {
  const url = await freshDatabase(name);
  try {
    const run = (args: string[]) => execFileSync('pgbench', [...args, url], { encoding: 'utf8', stdio: 'pipe' });
    run(['-i', '-q', '-s', String(scale)]);
    const out = run(['-c', String(clients), '-j', '2', '-T', String(seconds), '-M', 'prepared']);
    const tps = Number(out.match(/tps = ([\d.]+) \(without initial connection time\)/)?.[1] ?? Number.NaN);
    return { tps, scale, clients, seconds };
  } finally {
    await dropDatabase(name);
  }
}
