import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Delivery, WebhookTarget } from '../fake-stripe/server';

// What the WhatsApp fakes share: a local HTTP server, the requests it received, planned outages,
// and posting a webhook body to the app (over HTTP or through inject).

/** One send request a fake received, for assertions. */
export type SentRequest = {
  method: string;
  path: string;
  /** The query string, without `?`. */
  query: string;
  authorization: string | null;
  body: Record<string, unknown>;
  headers: Record<string, string>;
};

/** An answer: JSON, or raw bytes of a content type (a media download). */
export type Answer = { status: number; json: unknown; raw?: Buffer; contentType?: string };
/** May answer later (a fake holding a request open, as a slow model does). */
export type Handler = (req: SentRequest) => Answer | Promise<Answer>;

export type FakeHttp = {
  url: string;
  requests: SentRequest[];
  /** Every request that reached the fake (or those `only` picks), failed ones (planned outages) included. */
  hits(only?: (req: SentRequest) => boolean): number;
  /**
   * The next `times` sends answer `status` (an outage: 500, 503, 429…) before the fake works again;
   * with `only`, just the sends it picks (one recipient's: another conversation's send in flight
   * then neither takes an outage meant for it nor adds to its count).
   */
  failNext(
    times: number,
    status?: number,
    headers?: Record<string, string>,
    only?: (req: SentRequest) => boolean,
  ): void;
  close(): Promise<void>;
};

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

export async function startFakeHttp(handle: Handler, outage: (status: number) => unknown): Promise<FakeHttp> {
  const requests: SentRequest[] = [];
  const received: SentRequest[] = [];
  let failures: {
    times: number;
    status: number;
    headers: Record<string, string>;
    only?: (req: SentRequest) => boolean;
  } = { times: 0, status: 500, headers: {} };
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      body = {};
    }
    const [path = '/', query = ''] = (req.url ?? '/').split('?');
    const method = req.method ?? 'GET';
    const authorization = req.headers.authorization ?? null;
    const headers = flat(req.headers);
    const sent: SentRequest = { method, path, query, authorization, body, headers };
    received.push(sent);
    let answer: Answer & { headers?: Record<string, string> };
    if (failures.times > 0 && (failures.only?.(sent) ?? true)) {
      failures = { ...failures, times: failures.times - 1 };
      answer = { status: failures.status, json: outage(failures.status), headers: failures.headers };
    } else {
      answer = await handle(sent);
      if (answer.status < 300) requests.push(sent);
    }
    if (answer.raw) {
      res.writeHead(answer.status, {
        'content-type': answer.contentType ?? 'application/octet-stream',
        'content-length': String(answer.raw.length),
      });
      res.end(answer.raw);
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    hits: (only) => (only ? received.filter(only).length : received.length),
    failNext(times, status = 500, headers = {}, only = undefined) {
      failures = { times, status, headers, only };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const flat = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));

/** POSTs a webhook body (exact bytes) to the app with the given headers. */
export async function postWebhook(
  target: WebhookTarget,
  path: string,
  payload: string,
  headers: Record<string, string>,
): Promise<Delivery> {
  const all = { 'content-type': 'application/json', ...headers };
  if (typeof target === 'string') {
    const res = await fetch(`${target}${path}`, { method: 'POST', headers: all, body: payload });
    const body = await res.text();
    return { statusCode: res.status, headers: Object.fromEntries(res.headers), body, json: () => JSON.parse(body) };
  }
  const res = await target.inject({ method: 'POST', url: path, headers: all, payload });
  return { statusCode: res.statusCode, headers: flat(res.headers), body: res.body, json: () => JSON.parse(res.body) };
}

export const randomId = (bytes = 12) => randomBytes(bytes).toString('hex').toUpperCase();
