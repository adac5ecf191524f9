import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signUpAndCreateWorkspace } from '@nexova/tenancy/testing';
import { type Spawned, spawnNexova, waitForLine } from '../process';

// Nexova as separate API and worker processes over private services, and a shop driven over real
// HTTP while those services restart: the crash suite's shared pieces.

export type NexovaNode = { spawned: Spawned; url: string; pid: number };

/** Polls `check` until it passes or `timeoutMs` is over (then its last failure is thrown). */
export async function eventually<T>(
  what: string,
  check: () => Promise<T> | T,
  timeoutMs = 60_000,
): Promise<Exclude<T, false>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await check();
      if (value !== false) return value as Exclude<T, false>;
      throw new Error(`${what}: not yet`);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${what} (after ${timeoutMs} ms): ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Environment of a test process: generous quotas, short polls and connection timeout, info logs (the listening line). */
export function nexovaEnv(extra: Record<string, string>): Record<string, string> {
  return {
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    NEXOVA_SEED_DEMO: 'false',
    NEXOVA_DATA_DIR: mkdtempSync(join(tmpdir(), 'nexova-resilience-')),
    DATABASE_CONNECT_TIMEOUT_MS: '2000',
    DATABASE_POOL_MAX: '10',
    EVENTS_POLL_INTERVAL_MS: '100',
    RATE_LIMIT_IP: '1000000',
    RATE_LIMIT_AUTH: '1000000',
    RATE_LIMIT_USER_POINTS: '100000000',
    RATE_LIMIT_WORKSPACE_POINTS: '100000000',
    RATE_LIMIT_PAYMENTS: '1000000',
    ...extra,
  };
}

/** Starts `nexova start --role <role>` and waits for its listening line. */
export async function startNode(role: 'api' | 'worker', env: Record<string, string>): Promise<NexovaNode> {
  const spawned = spawnNexova(['start', '--role', role, '--port', '0'], env);
  const line = await waitForLine(spawned, /Nexova listening on/);
  return { spawned, url: (JSON.parse(line) as { address: string }).address, pid: spawned.child.pid as number };
}

export async function stopNode(node: NexovaNode | undefined): Promise<void> {
  if (!node || node.spawned.child.exitCode !== null) return;
  node.spawned.child.kill('SIGTERM');
  await node.spawned.exit;
}

/** Log lines (pino JSON on stdout) whose message matches. */
export const logLines = (node: NexovaNode, re: RegExp) =>
  node.spawned.stdout.filter((l) => {
    try {
      return re.test((JSON.parse(l) as { msg?: string }).msg ?? '');
    } catch {
      return false;
    }
  });

type Answer = { status: number; headers: Headers; body: string };

/** One request over HTTP, bounded: an answer that takes longer than 15 s is a hang and fails the suite. */
export async function request(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  payload?: unknown,
): Promise<Answer> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: payload === undefined ? undefined : JSON.stringify(payload),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** What a 503 during an outage must be: problem+json with Retry-After. Returns what is wrong, or null. */
export function badUnavailable(answer: Answer): string | null {
  if (!answer.headers.get('content-type')?.startsWith('application/problem+json')) return 'not problem+json';
  if (!(Number(answer.headers.get('retry-after')) > 0)) return 'no Retry-After';
  return null;
}

export type Shop = {
  headers: Record<string, string>;
  variantId: string;
  initialStock: number;
  call(method: string, path: string, payload?: unknown): Promise<Answer>;
};

/** A new owner, workspace and product with stock, through the API. */
export async function openShop(api: NexovaNode, initialStock = 100_000): Promise<Shop> {
  const http = {
    config: { NEXOVA_DATA_DIR: '' },
    async inject(o: { method: string; url: string; headers?: Record<string, string>; payload?: unknown }) {
      const res = await request(api.url, o.method, o.url, o.headers ?? {}, o.payload);
      return { statusCode: res.status, body: res.body, json: () => JSON.parse(res.body) };
    },
  };
  const { headers } = await signUpAndCreateWorkspace(http);
  const call = (method: string, path: string, payload?: unknown) =>
    request(
      api.url,
      method,
      `/api/v1${path}`,
      { ...headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
      payload,
    );
  const sku = `R-${randomUUID().slice(0, 8)}`;
  const product = await call('POST', '/products', {
    name: `Crash ${sku}`,
    currency: 'BRL',
    variants: [{ sku, price: 1990 }],
  });
  if (product.status !== 201) throw new Error(`product: ${product.status} ${product.body}`);
  const variantId = (JSON.parse(product.body) as { variants: { id: string }[] }).variants[0]?.id as string;
  const stock = await call('POST', '/stock/adjust', {
    variant_id: variantId,
    delta: initialStock,
    reason: 'crash suite',
  });
  if (stock.status >= 300) throw new Error(`stock: ${stock.status} ${stock.body}`);
  return { headers, variantId, initialStock, call };
}

/** Orders whose saga completed so far: each took one unit off the shelf (one request, cheap to poll). */
export async function completedCount(shop: Shop): Promise<number> {
  const res = await shop.call('GET', `/stock?variant_ids=${shop.variantId}`);
  if (res.status !== 200) return -1; // the database is away: no progress seen
  const stock = JSON.parse(res.body) as { items: { on_hand: number }[] };
  return shop.initialStock - (stock.items[0]?.on_hand ?? shop.initialStock);
}

/** Waits until `more` further sagas complete (the worker is delivering again). */
export async function sagasProgress(shop: Shop, what: string, more = 3): Promise<void> {
  const before = (await eventually(`${what}: stock readable`, async () => {
    const n = await completedCount(shop);
    return n >= 0 ? n : false;
  })) as number;
  await eventually(what, async () => (await completedCount(shop)) >= before + more, 90_000);
}

/** With RESILIENCE_DUMP=<path prefix>, writes each process's output to <prefix>-<name>.log (debugging a failed run). */
export function dumpLogs(nodes: Record<string, NexovaNode | undefined>): void {
  const prefix = process.env.RESILIENCE_DUMP;
  if (!prefix) return;
  for (const [name, node] of Object.entries(nodes)) {
    if (node) writeFileSync(`${prefix}-${name}.log`, [...node.spawned.stdout, ...node.spawned.stderr].join('\n'));
  }
}
