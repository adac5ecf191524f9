import { randomUUID } from 'node:crypto';

// The soak test's HTTP client: every call is bounded (a hang is a finding, not a stuck test) and
// recorded, so the test can assert that every single request got an answer below 500.

export type Outcome = { method: string; path: string; status: number; ms: number; detail?: string };

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely by the flow.
type Json = any;

export type SoakClient = {
  call(method: string, path: string, o?: CallOptions): Promise<{ status: number; json: () => Json }>;
  upload(path: string, file: Buffer, name: string, type: string, headers: Record<string, string>): Promise<number>;
  outcomes: Outcome[];
};

type CallOptions = { body?: unknown; headers?: Record<string, string>; expect?: number[] };

export function soakClient(base: string, timeoutMs: number): SoakClient {
  const outcomes: Outcome[] = [];
  const send = async (method: string, path: string, init: RequestInit) => {
    const started = performance.now();
    try {
      const res = await fetch(base + path, { ...init, method, signal: AbortSignal.timeout(timeoutMs) });
      const text = await res.text();
      const ms = performance.now() - started;
      outcomes.push({ method, path, status: res.status, ms, ...(res.status >= 500 ? { detail: text } : {}) });
      return { status: res.status, text };
    } catch (error) {
      const hung = (error as Error).name === 'TimeoutError';
      outcomes.push({
        method,
        path,
        status: 0,
        ms: performance.now() - started,
        detail: hung ? 'no answer' : `${error} ${(error as { cause?: Error }).cause?.message ?? ''}`,
      });
      return { status: 0, text: '' };
    }
  };
  return {
    outcomes,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = { accept: 'application/json', ...o.headers };
      if (o.body !== undefined) headers['content-type'] = 'application/json';
      if (method === 'POST') headers['idempotency-key'] = randomUUID();
      const { status, text } = await send(method, path, {
        headers,
        body: o.body === undefined ? undefined : JSON.stringify(o.body),
      });
      if (o.expect && status !== 0 && !o.expect.includes(status)) {
        throw new Error(`${method} ${path} answered ${status}, expected ${o.expect.join('|')}: ${text.slice(0, 300)}`);
      }
      return { status, json: () => (text ? JSON.parse(text) : null) as Json };
    },
    async upload(path, file, name, type, headers) {
      const form = new FormData();
      form.append('file', new Blob([file], { type }), name);
      const { status } = await send('POST', path, {
        headers: { ...headers, 'idempotency-key': randomUUID() },
        body: form,
      });
      return status;
    },
  };
}
