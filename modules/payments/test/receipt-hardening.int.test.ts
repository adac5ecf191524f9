import { randomUUID } from 'node:crypto';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@nexova/app';
import { createOrphanFileSweeper, diskFileStore } from '@nexova/files';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, orderOf } from './helpers';

// Issue 9, "bad input must never be a 500": malformed multipart, an Idempotency-Key reused with
// another file, downloads that are never rendered, the payments rate-limit class, orphan files.

let app: TestApp;
let ws: TestWorkspace;
let call: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp({ NEXOVA_SECRET_KEY: 's'.repeat(40), RECEIPT_MAX_BYTES: '4096' });
  ws = await signUpAndCreateWorkspace(app);
  call = client(app, ws.headers);
});
afterAll(async () => {
  await app?.dispose();
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

function multipart(data: Buffer, filename = 'r.png', boundary = `nx${randomUUID()}`) {
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

function post(paymentId: string, payload: Buffer | string, contentType: string, key = randomUUID()) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/payments/${paymentId}/attachments`,
    headers: { ...ws.headers, 'idempotency-key': key, 'content-type': contentType },
    payload,
  });
}

async function paymentOf(): Promise<string> {
  const orderId = await orderOf(call, 5000);
  const res = await call('POST', `/orders/${orderId}/payments`, { amount: 1000, method: 'cash' });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

const expectProblem = (
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) => {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ status, request_id: expect.any(String), code: expect.any(String) });
};

describe('receipt upload: malformed multipart', () => {
  it('no boundary, a truncated part, a NUL in the filename and a JSON body are 4xx problem+json, never 500', async () => {
    const id = await paymentOf();
    const good = multipart(PNG);
    expectProblem(await post(id, good.payload, 'multipart/form-data'), 400);
    expectProblem(await post(id, good.payload.subarray(0, good.payload.length - 30), good.contentType), 400);
    const nul = multipart(PNG, 'r\u0000.png');
    const res = await post(id, nul.payload, nul.contentType);
    expectProblem(res, 400);
    expect(JSON.stringify(res.json())).toContain('/file/filename');
    expectProblem(await post(id, '{"file":1}', 'application/json'), 415);
    const ok = await post(id, good.payload, good.contentType);
    expect(ok.statusCode).toBe(201);
  });
});

describe('receipt upload: Idempotency-Key covers the file', () => {
  it('the same key with the same file (another boundary) replays; with another file answers 422 idempotency_key_reused', async () => {
    const id = await paymentOf();
    const key = randomUUID();
    const first = multipart(PNG);
    expect((await post(id, first.payload, first.contentType, key)).statusCode).toBe(201);
    const again = multipart(PNG);
    const replay = await post(id, again.payload, again.contentType, key);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    const other = multipart(PDF, 'r.pdf');
    const reused = await post(id, other.payload, other.contentType, key);
    expectProblem(reused, 422);
    expect(reused.json()).toMatchObject({ code: 'idempotency_key_reused' });
    expect((await call('GET', `/payments/${id}`)).json().attachments).toHaveLength(1);
  });
});

describe('receipt downloads and limits', () => {
  it('files are served as attachments (PDFs too) with nosniff; writes to payments count in the payments class, reads in the user quota', async () => {
    const id = await paymentOf();
    const pdf = multipart(PDF, 'r.pdf');
    const res = await post(id, pdf.payload, pdf.contentType);
    expect(res.statusCode).toBe(201);
    expect(String(res.headers['ratelimit-policy'])).toContain('payments');
    const file = await app.inject({ method: 'GET', url: res.json().url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="[0-9a-f-]+\.pdf"$/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    const read = await call('GET', `/payments/${id}`);
    expect(String(read.headers['ratelimit-policy'])).not.toContain('payments');
    expect(String(read.headers['ratelimit-policy'])).toContain('"user"');
  });
});

describe('orphan file sweeper (disk store)', () => {
  it('deletes old files no attachment references, keeps referenced and recent ones', async () => {
    const id = await paymentOf();
    const png = multipart(PNG);
    const attached = await post(id, png.payload, png.contentType);
    expect(attached.statusCode).toBe(201);
    const attachedKey = String(attached.json().url)
      .split('?')[0]
      ?.replace(/^\/files\//, '') as string;
    const root = join(app.config.NEXOVA_DATA_DIR, 'files');
    const store = diskFileStore(root);
    const orphan = `receipts/${ws.workspaceId}/${randomUUID()}.png`;
    const fresh = `receipts/${ws.workspaceId}/${randomUUID()}.png`;
    await store.put(orphan, PNG);
    await store.put(fresh, PNG);
    const old = new Date(Date.now() - 2 * 86_400_000);
    for (const key of [orphan, attachedKey]) utimesSync(join(root, key), old, old);
    const log = { info() {}, error() {} };
    const sweeper = createOrphanFileSweeper(
      { config: app.config, database: app.database, logger: log },
      app.composition.fileOwners,
    );
    expect(await sweeper.sweep()).toBe(1);
    expect(await store.get(orphan)).toBeNull();
    expect(await store.get(fresh)).not.toBeNull();
    expect(await store.get(attachedKey)).not.toBeNull();
    await sweeper.stop();
  });
});
