import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeS3, startFakeS3 } from './fake-s3';

// Receipts with FILES_STORE=s3: uploaded through the API into the bucket (not onto disk) and
// downloaded through the same signed, expiring GET /files URL as with the disk store.
let s3: FakeS3;
let app: TestApp;
let ws: TestWorkspace;
let bucket: S3Client;

beforeAll(async () => {
  s3 = await startFakeS3();
  app = await createTestApp({ NEXOVA_SECRET_KEY: 's'.repeat(40), ...s3.env });
  ws = await signUpAndCreateWorkspace(app);
  bucket = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
});
afterAll(async () => {
  bucket?.destroy();
  await app?.dispose();
  await s3?.close();
});

const post = (url: string, payload: object) =>
  app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { ...ws.headers, 'idempotency-key': randomUUID() },
    payload,
  });

async function paymentOf(amount: number): Promise<string> {
  const sku = randomUUID().slice(0, 8);
  const product = (await post('/products', { name: sku, currency: 'BRL', variants: [{ sku, price: amount }] })).json();
  const order = await post('/orders', { lines: [{ variant_id: product.variants[0].id, quantity: 1 }] });
  const payment = await post(`/orders/${order.json().id}/payments`, { amount, method: 'transfer' });
  expect(payment.statusCode).toBe(201);
  return payment.json().id;
}

function upload(paymentId: string, data: Buffer, filename: string) {
  const boundary = `----nexova${randomUUID()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n`),
    Buffer.from('Content-Type: application/octet-stream\r\n\r\n'),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/v1/payments/${paymentId}/attachments`,
    headers: {
      ...ws.headers,
      'idempotency-key': randomUUID(),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
}

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'),
  Buffer.alloc(2048, 0xa5),
  Buffer.from('\n%%EOF\n'),
]);

describe('receipts on S3-compatible storage', () => {
  it('reports the bucket on /health/ready', async () => {
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks.files).toEqual({ status: 'ok' });
  });

  it('uploads a receipt into the bucket and serves it through the signed URL', async () => {
    const paymentId = await paymentOf(2500);
    const res = await upload(paymentId, PDF, 'comprovante.pdf');
    expect(res.statusCode).toBe(201);
    const att = res.json();
    expect(att).toMatchObject({ content_type: 'application/pdf', size: PDF.length });

    const key = new URL(att.url, 'http://x').pathname.replace(/^\/files\//, '');
    expect(key).toBe(`receipts/${ws.workspaceId}/${att.id}.pdf`);
    const object = await bucket.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
    expect(Buffer.from(await (object.Body?.transformToByteArray() ?? new Uint8Array())).equals(PDF)).toBe(true);
    expect(existsSync(join(app.config.NEXOVA_DATA_DIR, 'files'))).toBe(false);

    const file = await app.inject({ method: 'GET', url: att.url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(file.rawPayload.equals(PDF)).toBe(true);

    const flipped = att.url.replace(/sig=(.)/, (_: string, c: string) => `sig=${c === 'A' ? 'B' : 'A'}`);
    const tampered = await app.inject({ method: 'GET', url: flipped });
    expect(tampered.statusCode).toBe(403);
  });

  it('answers 404 problem+json when the object is gone from the bucket', async () => {
    const paymentId = await paymentOf(900);
    const att = (await upload(paymentId, PDF, 'r.pdf')).json();
    const key = new URL(att.url, 'http://x').pathname.replace(/^\/files\//, '');
    await bucket.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: key }));
    const file = await app.inject({ method: 'GET', url: att.url });
    expect(file.statusCode).toBe(404);
    expect(file.json().code).toBe('file_not_found');
  });
});
