import { readFileSync } from 'node:fs';
import { ensureUser } from '@nexova/identity';
import { newId, systemContext } from '@nexova/kernel';
import { signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../src/testing';
import { fuzzRecords } from './fixtures';
import { build, type Operation, request } from './requests';

// Issue 9 "Done when": every operation of the committed openapi.json gets RUNS malformed requests
// (seeded, so a failure replays): wrong types, missing fields, huge strings, NUL bytes, lone
// surrogates, extreme numbers, bad ids in the path, bad query values and headers — as the workspace
// Owner (a platform admin on /system routes) so requests reach validation and handlers, and as
// nobody. No answer may be a 5xx; every 4xx is problem+json with request_id, status and code.

const RUNS = 24;
const SEED = 20_261_127;
const doc = JSON.parse(readFileSync(new URL('../../../../openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};
// Operations that can end the Owner's session or workspace run last, so the rest stay authenticated.
const LAST = [
  /^post \/api\/v1\/auth\//,
  /^post \/api\/v1\/me\/password/,
  /^delete \/api\/v1\/workspaces\/\{workspace_id\}$/,
];
const operations = Object.entries(doc.paths)
  .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method, path, op })))
  .sort(
    (a, b) =>
      Number(LAST.some((r) => r.test(`${a.method} ${a.path}`))) -
      Number(LAST.some((r) => r.test(`${b.method} ${b.path}`))),
  );

let app: TestApp;
let ws: TestWorkspace;
let admin: Record<string, string>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp({ STRIPE_WEBHOOK_SECRET: 'whsec_fuzz_secret_0123456789', RECEIPT_MAX_BYTES: '65536' });
  ws = await signUpAndCreateWorkspace(app);
  const email = `fuzz-admin-${newId()}@example.com`;
  const ctx = { ...systemContext(), db: app.database.db };
  const { password } = await ensureUser({
    ctx,
    input: { email, firstName: 'F', lastName: 'A', isPlatformAdmin: true },
  });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  admin = { authorization: `Bearer ${(login.json() as { access_token: string }).access_token}` };
  Object.assign(ids, await fuzzRecords(app, ws));
}, 120_000);
afterAll(async () => {
  await app?.dispose();
});

describe('OpenAPI fuzz: malformed input is never a 5xx', () => {
  it(`${RUNS} malformed requests per operation: no 5xx; every 4xx is problem+json with request_id, status and code`, async () => {
    expect(operations.length).toBeGreaterThanOrEqual(80);
    const failures: string[] = [];
    let sent = 0;
    for (const [index, { method, path, op }] of operations.entries()) {
      for (const r of fc.sample(request, { seed: SEED + index, numRuns: RUNS })) {
        const req = build(method, path, op, r, { ids, admin, member: ws.headers });
        const res = await app.inject({ ...req, ...(req.payload === undefined ? {} : { payload: req.payload }) });
        sent++;
        const where = `${req.method} ${req.url.slice(0, 160)} (${path}, seed ${SEED + index})`;
        if (res.statusCode >= 500) failures.push(`${where} → ${res.statusCode} ${res.body.slice(0, 300)}`);
        else if (res.statusCode >= 400) {
          const type = String(res.headers['content-type'] ?? '');
          let problem: Record<string, unknown> = {};
          try {
            problem = res.json();
          } catch {}
          const good =
            type.startsWith('application/problem+json') &&
            typeof problem.request_id === 'string' &&
            problem.status === res.statusCode &&
            typeof problem.code === 'string';
          if (!good) failures.push(`${where} → ${res.statusCode} ${type} ${res.body.slice(0, 200)}`);
        }
      }
    }
    expect(sent).toBe(operations.length * RUNS);
    expect(failures).toEqual([]);
  }, 240_000);
});
