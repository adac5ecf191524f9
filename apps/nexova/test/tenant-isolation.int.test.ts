import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { PNG } from '@nexova/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerOf, type Method, recordsOf } from './tenant-isolation-records';

// The cross-workspace matrix for every module's routes, driven by the OpenAPI document: each
// /api/v1 operation with a path parameter is called by workspace A's Owner with the ids of workspace
// B's records and the operation's own example body, and must answer 404 — the answer for an id that
// does not exist. A new route with a new kind of id fails here until its id is added to `recordsOf`
// (tenant-isolation-records.ts).
// (The workspace resource /workspaces/{workspace_id} has its own matrix in modules/tenancy; the
// /system routes belong to platform admins, not to a workspace.)

// File uploads take multipart bodies, which the OpenAPI document does not describe yet.
const UPLOADS = new Set([
  '/api/v1/payments/{payment_id}/attachments',
  '/api/v1/patients/{patient_id}/attachments',
  '/api/v1/conversations/{conversation_id}/files',
]);
function multipart(): { payload: Buffer; contentType: string } {
  const boundary = `nexova${randomUUID().slice(0, 8)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.png"\r\nContent-Type: image/png\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), PNG, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
type Operation = { requestBody?: { content?: Record<string, { schema?: { example?: unknown } }> } };

let app: TestApp;
let a: TestWorkspace;
let b: TestWorkspace;
const idsOfB: Record<string, string | undefined> = {};

beforeAll(async () => {
  app = await createTestApp();
  [a, b] = await Promise.all([signUpAndCreateWorkspace(app), signUpAndCreateWorkspace(app)]);
  // Both run a clinic too, so the clinic's routes answer (a shop-only workspace gets 403 there).
  for (const ws of [a, b]) {
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/v1/workspaces/${ws.workspaceId}`,
      headers: ws.headers,
      payload: { settings: { modules: ['shop', 'clinic'] } },
    });
    if (res.statusCode !== 200) throw new Error(`enable clinic: ${res.statusCode} ${res.body}`);
  }
  Object.assign(idsOfB, await recordsOf(app, b));
});
afterAll(async () => {
  await app?.dispose();
});

describe('cross-workspace matrix over every module route', () => {
  it("every operation addressed with B's ids from A's workspace answers 404", async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const checked: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (
        !path.startsWith('/api/v1/') ||
        !path.includes('{') ||
        path.startsWith('/api/v1/workspaces/') ||
        // Provider webhooks are public: the channel id is their address; they prove themselves by signature.
        path.startsWith('/api/v1/webhooks/') ||
        path.startsWith('/api/v1/system/')
      )
        continue;
      const resource = path.split('/')[3] as string;
      const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
        const id = idsOfB[`${resource}:${name}`];
        if (!id)
          throw new Error(
            `No id of workspace B for {${name}} in ${path}: add one to recordsOf (tenant-isolation-records.ts)`,
          );
        return encodeURIComponent(id);
      });
      for (const [method, operation] of Object.entries(operations)) {
        const example = operation.requestBody?.content?.['application/json']?.schema?.example;
        const upload = UPLOADS.has(path) ? multipart() : null;
        const res = await app.inject({
          method: method.toUpperCase() as Method,
          url,
          headers: {
            ...a.headers,
            'idempotency-key': randomUUID(),
            ...(upload ? { 'content-type': upload.contentType } : {}),
          },
          ...(upload ? { payload: upload.payload } : example === undefined ? {} : { payload: example as object }),
        });
        expect(res.statusCode, `${method.toUpperCase()} ${path}: ${res.body}`).toBe(404);
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(15);
  });

  it("B's records are still there and unchanged for B", async () => {
    const asB = callerOf(app, b);
    const customer = await asB<{ name: string }>('GET', `/api/v1/customers/${idsOfB['customers:id']}`);
    expect(customer.name).toBe('Beatriz');
    const product = await asB<{ status: string }>('GET', `/api/v1/products/${idsOfB['products:id']}`);
    expect(product.status).not.toBe('deleted');
  });
});
