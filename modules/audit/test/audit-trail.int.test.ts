import { randomUUID } from 'node:crypto';
import { type ApiCall, apiClient, createTestApp, main, type TestApp } from '@nexova/app';
import { anchorHeads } from '@nexova/audit';
import { createLogger } from '@nexova/observability';
import { signUp, signUpAndCreateWorkspace, type TestWorkspace } from '@nexova/tenancy/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The audit trail through the whole app: one entry per state change, written with it; none for
// reads or replays; the hash chain survives concurrent writers and exposes an edited or deleted
// row; the app role cannot change or remove entries; a failed login is recorded.

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
}, 120_000);
afterAll(() => app?.dispose());

type Entry = { seq: number; action: string; category: string; severity: string; target: { type: string } | null };
const entriesOf = async (call: ApiCall, query = '') => {
  const res = await call('GET', `/audit?limit=100${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Entry[];
};
const verify = async (call: ApiCall) => {
  const res = await call('GET', '/audit/verify');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    valid: boolean;
    entries: number;
    head: { seq: number; hash: string } | null;
    first_break: { seq: number; reason: string } | null;
  };
};
/** `nexova audit verify --workspace <id>` run by the app's process (as a running server runs it). */
async function cliVerify(workspaceId: string) {
  const lines: string[] = [];
  const io = { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) };
  const host = { config: app.config, logger: createLogger('silent'), database: app.database };
  const code = await main(['audit', 'verify', '--workspace', workspaceId], io, host);
  return { code, out: lines.join('') };
}
const role = (call: ApiCall, name = `R ${randomUUID().slice(0, 6)}`) =>
  call('POST', '/roles', { name, permissions: ['orders:read'] });

describe('audit trail', () => {
  let ws: TestWorkspace;
  let call: ApiCall;
  beforeAll(async () => {
    ws = await signUpAndCreateWorkspace(app);
    call = apiClient(app, ws.headers);
  });

  it('writes one entry per change, none for reads or an idempotent replay', async () => {
    const before = (await entriesOf(call)).length;
    const key = randomUUID();
    const body = { name: 'Auditors', permissions: ['orders:read'] };
    const first = await call('POST', '/roles', body, { 'idempotency-key': key });
    expect(first.statusCode, first.body).toBe(201);
    expect((await call('POST', '/roles', body, { 'idempotency-key': key })).headers['idempotent-replayed']).toBe(
      'true',
    );
    await call('GET', '/roles');
    const after = await entriesOf(call);
    expect(after.length).toBe(before + 1);
    expect(after[0]).toMatchObject({ action: 'createRole', category: 'access', severity: 'notice' });
    expect((await entriesOf(call, '&action=createRole')).length).toBe(1);
  });

  it('records what changed, personal values masked', async () => {
    const created = await role(call);
    const roleId = created.json().id as string;
    expect((await call('PATCH', `/roles/${roleId}`, { permissions: ['orders:*'] })).statusCode).toBe(200);
    const [entry] = (await entriesOf(call, `&target_id=${roleId}&action=updateRole`)) as (Entry & {
      changes: Record<string, unknown>;
    })[];
    expect(entry?.changes).toEqual({ permissions: { before: ['orders:read'], after: ['orders:*'] } });
    const customer = await call('POST', '/customers', { name: 'Ana', email: 'ana@example.com' });
    expect(customer.statusCode, customer.body).toBe(201);
    const id = customer.json().id as string;
    expect((await call('PATCH', `/customers/${id}`, { name: 'Ana B', email: 'ana.b@example.com' })).statusCode).toBe(
      200,
    );
    const [update] = (await entriesOf(call, `&target_type=customer&target_id=${id}`)) as (Entry & {
      changes: Record<string, unknown>;
    })[];
    expect(update?.changes).toEqual({
      name: { before: 'Ana', after: 'Ana B' },
      email: { before: '[masked]', after: '[masked]' },
    });
  });

  it('keeps one unbroken chain under concurrent writes', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => role(call)));
    for (const res of results) expect(res.statusCode, res.body).toBe(201);
    const report = await verify(call);
    expect(report).toMatchObject({ valid: true, first_break: null });
    const seqs = (await entriesOf(call)).map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs.at(-1)).toBe(1);
  });

  it('anchors hand every chain head to the operator, this workspace included', async () => {
    const heads: { chain_id: string; seq: string | number; hash: string }[] = [];
    await anchorHeads(app.database.db, (head) => heads.push(head));
    const own = heads.find((head) => head.chain_id === ws.workspaceId);
    const report = await verify(call);
    expect(own && { seq: Number(own.seq), hash: own.hash }).toEqual(report.head);
  });

  it('refuses UPDATE and DELETE to the app role', async () => {
    const refusal = (query: ReturnType<typeof sql>) =>
      app.database.db.execute(query).then(
        () => 'allowed',
        (error: { cause?: { message?: string } }) => String(error.cause?.message),
      );
    expect(await refusal(sql`update audit.entries set action = 'x'`)).toMatch(/permission denied/);
    expect(await refusal(sql`delete from audit.entries`)).toMatch(/permission denied/);
    expect(await refusal(sql`select 1 from audit.entries_default`)).toMatch(/permission denied/);
  });
});

describe('tampering', () => {
  it('finds an edited row, then a deleted one', async () => {
    const ws = await signUpAndCreateWorkspace(app);
    const call = apiClient(app, ws.headers);
    for (let i = 0; i < 4; i += 1) expect((await role(call)).statusCode).toBe(201);
    expect((await verify(call)).valid).toBe(true);
    const id = ws.workspaceId;
    expect(await cliVerify(id)).toMatchObject({ code: 0, out: expect.stringMatching(/^ok {6}\S+ {2}\d+ entries/) });
    await app.database.asOwner((db) =>
      db.execute(sql`update audit.entries set action = 'forged' where workspace_id = ${id} and seq = 2`),
    );
    expect((await verify(call)).first_break).toMatchObject({ seq: 2, reason: 'hash_mismatch' });
    expect(await cliVerify(id)).toMatchObject({ code: 1, out: expect.stringContaining('at seq 2 (hash_mismatch') });
    await app.database.asOwner((db) =>
      db.execute(sql`delete from audit.entries where workspace_id = ${id} and seq = 2`),
    );
    expect((await verify(call)).first_break).toMatchObject({ seq: 2, reason: 'sequence_gap' });
  });
});

describe('sign-in', () => {
  it('records a failed login as a warning of the platform chain', async () => {
    const { email } = await signUp(app);
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'wrong' } });
    expect(res.statusCode).toBe(401);
    const rows = await app.database.asOwner(
      async (db) =>
        (await db.execute(
          sql`select action, severity, category from audit.entries where workspace_id is null and action = 'auth.login_failed' and request_id = ${String(res.headers['x-request-id'])}`,
        )) as unknown as { rows: unknown[] },
    );
    expect(rows.rows).toEqual([{ action: 'auth.login_failed', severity: 'warning', category: 'auth' }]);
  });
});
