import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real HTTP receiver on 127.0.0.1 (random port) for the webhook suites: it records every request
// and answers with the status codes queued for its path (200 once the queue is empty).

/** Queue this "status" to leave a request unanswered. */
export const HANG = 0;

export type Received = { path: string; headers: IncomingHttpHeaders; body: string };

export type Receiver = {
  url(path: string): string;
  /** Status codes to answer on `path`, in order; then 200. */
  answer(path: string, ...statuses: number[]): void;
  /** Every request received on `path`. */
  on(path: string): Received[];
  /** Resolves once `path` has received `count` requests in all. */
  waitFor(path: string, count: number): Promise<Received[]>;
  close(): Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const queued = new Map<string, number[]>();
  const waiters: { path: string; count: number; resolve: () => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = queued.get(path)?.shift() ?? 200;
      if (status === HANG) return; // never answers (the sender's timeout ends it)
      const location = status >= 300 && status < 400 ? { location: '/elsewhere' } : {};
      res.writeHead(status, { 'content-type': 'text/plain', ...location }).end(status < 300 ? 'ok' : `nope ${status}`);
      for (const w of waiters.filter((w) => received.filter((r) => r.path === w.path).length >= w.count)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const on = (path: string) => received.filter((r) => r.path === path);
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    answer: (path, ...statuses) => queued.set(path, [...(queued.get(path) ?? []), ...statuses]),
    on,
    waitFor: (path, count) =>
      on(path).length >= count
        ? Promise.resolve(on(path))
        : new Promise((resolve) => waiters.push({ path, count, resolve: () => resolve(on(path)) })),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * What an integrator writes (Standard Webhooks): recompute HMAC-SHA256 over "id.timestamp.body"
 * with the base64-decoded part of the secret after `whsec_`, compare in constant time with each
 * `v1,` signature of the header, and refuse timestamps more than 5 minutes off.
 */
export function verifyWebhook(
  secret: string,
  headers: IncomingHttpHeaders,
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  const id = String(headers['webhook-id']);
  const timestamp = Number(headers['webhook-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return String(headers['webhook-signature'])
    .split(' ')
    .some((entry) => {
      const [version, signature] = entry.split(',');
      const given = Buffer.from(signature ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

/** Polls `check` until it returns a value (not undefined/false) — for state the API shows after a commit. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
