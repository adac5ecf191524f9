import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '@nexova/app';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Method, recordsOf } from './tenant-isolation-records';

// Issue 14's walk: every /api/v1 operation of the OpenAPI document is called by a workspace's Owner
// with its own records' ids and the operation's example body; each successful state-changing call
// (POST, PUT, PATCH, DELETE answered 2xx) must have written exactly one audit entry with its request
// id, and every GET none. Deletions run last, the workspace's own deletion never.

type Operation = { requestBody?: { content?: Record<string, { schema?: { example?: unknown } }> } };
const ORDER: Record<string, number> = { get: 0, post: 1, put: 2, patch: 2, delete: 3 };
const SKIPPED = ['/api/v1/system/', '/api/v1/webhooks/'];
// Successful calls that change nothing with their example (so no entry): ending a session whose
// refresh token is unknown answers 204 all the same (logout is idempotent).
const NO_CHANGE = new Set(['post /api/v1/auth/logout']);

let app: TestApp;
let ws: TestWorkspace;
const ids: Record<string, string | undefined> = {};

beforeAll(async () => {
  app = await createTestApp();
  ws = await signUpAndCreateWorkspace(app);
  const res = await app.inject({
    method: 'PATCH',
    url: `/api/v1/workspaces/${ws.workspaceId}`,
    headers: ws.headers,
    payload: { settings: { modules: ['shop', 'clinic'] } },
  });
  if (res.statusCode !== 200) throw new Error(`enable clinic: ${res.statusCode} ${res.body}`);
  Object.assign(ids, await recordsOf(app, ws), { 'workspaces:workspace_id': ws.workspaceId });
}, 120_000);
afterAll(() => app?.dispose());

const entriesOf = (requestId: string) =>
  app.database.asOwner(async (db) => {
    const result = (await db.execute(
      sql`select action from audit.entries where request_id = ${requestId}`,
    )) as unknown as { rows: { action: string }[] };
    return result.rows.map((row) => row.action);
  });

describe('one audit entry per successful change', () => {
  it('walks every operation', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const calls = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/') && !SKIPPED.some((prefix) => path.startsWith(prefix)))
      .flatMap(([path, operations]) => Object.entries(operations).map(([method, op]) => ({ path, method, op })))
      .filter(({ path, method }) => !(method === 'delete' && path === '/api/v1/workspaces/{workspace_id}'))
      .sort((x, y) => (ORDER[x.method] ?? 0) - (ORDER[y.method] ?? 0));
    const mutated: string[] = [];
    const failures: string[] = [];
    for (const { path, method, op } of calls) {
      const resource = path.split('/')[3] as string;
      let missing = false;
      const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
        const id = ids[`${resource}:${name}`];
        if (!id) missing = true;
        return encodeURIComponent(id ?? randomUUID());
      });
      if (missing) continue;
      const example = op.requestBody?.content?.['application/json']?.schema?.example;
      const res = await app.inject({
        method: method.toUpperCase() as Method,
        url,
        headers: { ...ws.headers, 'idempotency-key': randomUUID() },
        ...(example === undefined ? {} : { payload: example as object }),
      });
      const written = await entriesOf(String(res.headers['x-request-id']));
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      const expected = method !== 'get' && ok && !NO_CHANGE.has(`${method} ${path}`) ? 1 : 0;
      if (method !== 'get' && ok) mutated.push(`${method} ${path}`);
      // A failed sign-in is the one failure recorded (auth.login_failed, with its event).
      const loginFailed = written.length === 1 && written[0] === 'auth.login_failed';
      if (written.length !== expected && !loginFailed)
        failures.push(
          `${method.toUpperCase()} ${path} → ${res.statusCode}: ${written.join(',') || 'no'} entries ${ok ? '' : res.body.slice(0, 200)}`,
        );
    }
    expect(failures).toEqual([]);
    expect(mutated.length, mutated.join('\n')).toBeGreaterThanOrEqual(50);
  }, 300_000);
});
