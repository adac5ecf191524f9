import { once } from 'node:events';
import { connect } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@nexova/testing';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { HttpApp } from '../app';
import { buildTestApp } from './harness';

// A client that sends its headers and then stalls before the body is done gets 408 problem+json
// once HTTP_REQUEST_TIMEOUT_MS (small here) has passed, over a real socket. No sleeps: the test
// waits for the server to answer and close the connection.

const TIMEOUT_MS = 300;
const routes: FastifyPluginAsyncZod = async (app) => {
  app.post('/notes', { config: { idempotent: false }, schema: { body: z.object({ note: z.string() }) } }, async () => ({
    ok: true,
  }));
};

let db: TestDatabase;
let app: HttpApp;
let port: number;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildTestApp(db, [{ name: 'test', plugin: routes }], { HTTP_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

/** Writes `raw` on a fresh connection and returns everything the server sends until it closes. */
async function exchange(raw: string): Promise<string> {
  const socket = connect({ host: '127.0.0.1', port });
  await once(socket, 'connect');
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.write(raw);
  await once(socket, 'close');
  return Buffer.concat(chunks).toString('utf8');
}

describe('request timeout', () => {
  // Bounded: the server answers within a few multiples of TIMEOUT_MS, far below this test timeout.
  it('answers 408 problem+json when the body does not arrive in time, and closes the connection', {
    timeout: 10_000,
  }, async () => {
    const head = `POST /api/v1/notes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 40\r\n\r\n`;
    const text = await exchange(`${head}{"note":"half of the bo`); // …and nothing more
    const [status, ...rest] = text.split('\r\n');
    expect(status).toBe('HTTP/1.1 408 Request timeout');
    expect(rest).toContain('Content-Type: application/problem+json');
    expect(rest).toContain('Connection: close');
    const body = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({
      status: 408,
      code: 'request_timeout',
      type: 'https://nexova.dev/problems/request-timeout',
    });
  });

  it('a complete request on the same server is answered normally', async () => {
    const payload = '{"note":"in time"}';
    const text = await exchange(
      `POST /api/v1/notes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\nConnection: close\r\n\r\n${payload}`,
    );
    expect(text.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
  });
});
